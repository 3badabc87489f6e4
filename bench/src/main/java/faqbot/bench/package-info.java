/** Benchmarks and the Lucene baseline: measuring the keyword-rule matcher against what a user would otherwise pick. */
package faqbot.bench;
