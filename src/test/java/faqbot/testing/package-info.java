/** What tests in every package share: the hand-moved clock, the test FAQ and copies of fixture folders. */
package faqbot.testing;
