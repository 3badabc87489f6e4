/** "Was this helpful?": votes on answers, counted once per message, and the questions whose answer did not help, with no user or chat ids kept. */
package faqbot.feedback;
