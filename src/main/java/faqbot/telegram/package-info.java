/** The Telegram adapter: the only package that imports the telegrambots library. */
package faqbot.telegram;
