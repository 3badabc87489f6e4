/** Every sentence the bot shows people, in one catalog per language, and the one helper that makes text printable. */
package faqbot.text;
