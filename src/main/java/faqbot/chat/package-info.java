/** The conversation core, the same for every front end: an inbound event in, a decision (replies, threading, or why it is ignored) out. */
package faqbot.chat;
