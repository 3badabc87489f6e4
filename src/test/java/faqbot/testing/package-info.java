/** What tests in every package share: the hand-moved clock, the test FAQ, and the seeded case generators for property tests. */
package faqbot.testing;
