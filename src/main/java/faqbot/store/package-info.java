/** What the bot keeps in its data folder: the state store (outbox, handled updates, per-chat settings, the counters behind /stats) and the unanswered-questions log. */
package faqbot.store;
