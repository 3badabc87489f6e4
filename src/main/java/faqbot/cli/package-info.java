/** The command line: terminal chat, ask, check, eval and run, built with picocli. */
package faqbot.cli;
