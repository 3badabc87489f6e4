/** The FAQ knowledge base: entries, warnings, and loading them from a folder of JSON files with errors that name file, entry and field. */
package faqbot.faq;
