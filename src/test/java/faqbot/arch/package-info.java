/** Tests of the layout itself: package layers, cycles, the Telegram edge, and where user-facing text may live. */
package faqbot.arch;
