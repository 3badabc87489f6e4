package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import java.nio.file.Files;
import faqbot.testing.Fixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faqbot report} and {@code faqbot suggest}: the feedback loop from a fixture log to the FAQ folder. */
class SuggestCommandTest {
    @TempDir
    Path tmp;

    private Path copy(String fixture) {
        return Fixtures.copy(fixture, tmp);
    }

    @Test
    void reportShowsVotesPerEntryAndNumberedSuggestionsFromTheLogs() throws Exception {
        Path faq = copy("faq-fixtures/valid");
        Path data = copy("data-fixtures/feedback");
        Run r = Run.of("--faq", faq.toString(), "report", "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("legality                         5 helpful,     1 unhelpful"), r.out());
        assertTrue(r.out().contains("scams                            2 helpful,     3 unhelpful"), r.out());
        assertTrue(r.out().contains(" 1. add \"catch\" (en, weight 2) to entry legality\n"
                + "    3 questions (unanswered 3); 2 wordings would then match legality\n"
                + "    asked as: \"will the cops catch me\", \"cops catch me?\"\n"), r.out());
        assertTrue(r.out().contains(" 2. add \"trick\" (en, weight 2) to entry scams\n"), r.out());
        assertEquals(r.out().substring(r.out().indexOf("Suggestions")),
                Run.of("--faq", faq.toString(), "suggest", "--data", data.toString()).out(), "suggest lists what report shows");
    }

    @Test
    void acceptingASuggestionWritesItAndTheFaqThenAnswersTheQuestion() throws Exception {
        Path faq = copy("faq-fixtures/valid");
        Path data = copy("data-fixtures/feedback");
        Run r = Run.of("--faq", faq.toString(), "suggest", "accept", "1", "--data", data.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("Written: [" + faq.resolve("entries/legality.json")), r.out());
        assertEquals(0, Run.of("check", faq.toString()).code());
        assertEquals("legality", new FaqBot(new FaqLoader().load(faq)).ask("will the cops catch me").match().id().orElseThrow());
        assertTrue(Run.of("--faq", faq.toString(), "suggest", "--data", data.toString()).out().startsWith(" 1. add \"trick\"")
                || !Run.of("--faq", faq.toString(), "suggest", "--data", data.toString()).out().contains("\"catch\""),
                "an accepted suggestion leaves the list");
    }

    @Test
    void aSuggestionThatWouldBreakCheckIsRefusedAndTheFaqIsUnchanged() throws Exception {
        Path faq = copy("faq-fixtures/suggest-breaks");
        Path data = copy("data-fixtures/breaking");
        String before = Files.readString(faq.resolve("entries/legality.json"));
        Run list = Run.of("--faq", faq.toString(), "suggest", "--data", data.toString());
        assertTrue(list.out().contains(" 1. add \"risk\" (en, weight 2) to entry legality"), list.out());
        Run r = Run.of("--faq", faq.toString(), "suggest", "accept", "1", "--data", data.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("Not written") && r.out().contains("\"scam risk\" matched 'legality'"), r.out());
        assertEquals(before, Files.readString(faq.resolve("entries/legality.json")));
    }

    @Test
    void aRejectedSuggestionLeavesTheListAndABadNumberIsRefused() throws Exception {
        Path faq = copy("faq-fixtures/valid");
        Path data = copy("data-fixtures/feedback");
        assertEquals(0, Run.of("--faq", faq.toString(), "suggest", "reject", "1", "--data", data.toString()).code());
        String after = Run.of("--faq", faq.toString(), "suggest", "--data", data.toString()).out();
        assertTrue(after.contains(" 1. add \"trick\"") && !after.contains("\"catch\""), after);
        Run bad = Run.of("--faq", faq.toString(), "suggest", "accept", "9", "--data", data.toString());
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("accept needs N between 1 and 1, was 9"), bad.err());
    }

    @Test
    void withAQuestionModelAMissedQuestionIsLabelledIntoTheQuestionsFolderOnlyIfCheckPasses() throws Exception {
        Path faq = tmp.resolve("faq");
        try (Stream<Path> all = Files.walk(Path.of("faq"))) {
            for (Path p : all.toList()) {
                Files.copy(p, faq.resolve(Path.of("faq").relativize(p).toString()));
            }
        }
        Path data = Files.createDirectories(tmp.resolve("data"));
        String miss = "{\"time\":\"2026-11-2%dT10:00:00Z\",\"lang\":\"en\",\"chat\":\"private\","
                + "\"question\":\"can i turn my phone credit into bitcoin\",\"candidate\":\"methods\",\"score\":1.0,\"outcome\":\"no_match\"}\n";
        Files.writeString(data.resolve("unanswered.jsonl"), String.format(miss, 1) + String.format(miss, 2) + String.format(miss, 3));
        Run list = Run.of("--faq", faq.toString(), "suggest", "--data", data.toString());
        assertTrue(list.out().matches("(?s).*Questions to label.*\n 1\\. 3 questions \\(en\\), likely [a-z-]+:\n"
                + "    \\{\"q\":\"can i turn my phone credit into bitcoin\",\"expect\":\\[\"[a-z-]+\"\\]\\}\n.*"), list.out());
        Path learned = faq.resolve("questions/learned.jsonl");

        Run wrong = Run.of("--faq", faq.toString(), "suggest", "label", "1", "--as", "no-such-entry", "--data", data.toString());
        assertEquals(1, wrong.code(), wrong.out() + wrong.err());
        assertTrue(wrong.out().contains("Not written") && wrong.out().contains("no-such-entry"), wrong.out());
        assertFalse(Files.exists(learned), "nothing written when check fails");

        Run ok = Run.of("--faq", faq.toString(), "suggest", "label", "1", "--as", "methods", "--data", data.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals("{\"q\":\"can i turn my phone credit into bitcoin\",\"expect\":[\"methods\"]}\n", Files.readString(learned));
        assertEquals(0, Run.of("check", faq.toString()).code(), "the FAQ with the learned line passes check");
        // A confirmed line counts like an example, so the model now answers the question it was missing.
        assertEquals("methods", new FaqBot(new FaqLoader().load(faq)).ask("can i turn my phone credit into bitcoin").match().id().orElseThrow());
    }
}
