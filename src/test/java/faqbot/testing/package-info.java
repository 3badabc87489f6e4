/** What tests in every package share: the hand-moved clock and the test FAQ. */
package faqbot.testing;
