/** Sending to the Bot API: the calls to make, the per-chat queue, pacing within Telegram's limits, retries and backoff. */
package faqbot.telegram.send;
