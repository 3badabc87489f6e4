/** What tests in every package share: the hand-moved clock, the test FAQ, copies of fixture folders and the seeded case generators for property tests. */
package faqbot.testing;
