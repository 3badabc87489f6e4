/** What the bot keeps in its data folder: the state store (outbox, handled updates, per-chat settings), the unanswered-questions log, and the in-memory counters behind /stats. */
package faqbot.store;
