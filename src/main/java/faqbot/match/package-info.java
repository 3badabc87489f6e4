/** Keyword-rule matching: normalising a question and scoring it against every entry's rules. */
package faqbot.match;
