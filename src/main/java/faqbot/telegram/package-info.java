/** The Telegram edge: Bot API calls, polling, mapping updates to inbound events, rendering decisions into calls, token redaction. */
package faqbot.telegram;
