/** What the bot keeps in its data folder: per-chat settings, the unanswered-questions log, and the in-memory counters behind /stats. */
package faqbot.store;
