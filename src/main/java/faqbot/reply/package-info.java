/** Composing what a person reads: answers, fallbacks, start, help and topic texts, each with both warnings. */
package faqbot.reply;
