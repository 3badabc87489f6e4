/** Answers for inline mode ("@bot question" typed in any chat): which FAQ entries to offer and how long Telegram may cache them. */
package faqbot.inline;
