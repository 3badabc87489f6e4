/** The facade every front end (terminal, Telegram) talks to, and the FAQ self-check shared by {@code check} and reload. */
package faqbot.core;
