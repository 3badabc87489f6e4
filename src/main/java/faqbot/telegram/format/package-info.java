/** Telegram's rich-text rules: rendering a reply as Telegram HTML and splitting it at the 4,096-character limit, with no library types. */
package faqbot.telegram.format;
