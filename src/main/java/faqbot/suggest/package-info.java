/** Closing the loop: suggestions mined from unanswered and unhelpful questions, and accepting one into the FAQ folder only when check passes. */
package faqbot.suggest;
