package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval reports what a maintainer needs to judge a rule change, and fails a script when it should. */
class EvalCommandTest {
    private static final String FAQ = "src/test/resources/faq-fixtures/valid";
    private static final String SETS = "src/test/resources/eval-fixtures/";

    @Test
    void aCleanSetPrintsPerEntryFiguresAndTheSummaryLastAndExitsZero() {
        Run r = Run.of("--faq", FAQ, "eval", SETS + "clean.jsonl");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("precision"), r.out());
        assertTrue(r.out().matches("(?s).*scams +1\\.000 +1\\.000 +1 +0 +0.*"), r.out());
        assertTrue(r.out().strip().endsWith("in-scope top-1 accuracy 1.000 (1/1), off-topic rejection 1.000 (1/1)"), r.out());
    }

    @Test
    void malformedOrUnknownLinesAreListedAndMakeItExitOne() {
        Run r = Run.of("--faq", FAQ, "eval", SETS + "malformed.jsonl");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("skipped line 2: not JSON"), r.out());
        assertTrue(r.out().contains("skipped line 3: needs \"q\""), r.out());
        assertTrue(r.out().contains("skipped line 4: unknown entry id \"no-such-entry\""), r.out());
    }

    @Test
    void nullInExpectMeansNoMatchIsAcceptableAndConfusionsAreListed() {
        Run r = Run.of("--faq", FAQ, "eval", SETS + "null-acceptable.jsonl");
        assertTrue(r.out().contains("in-scope top-1 accuracy 0.500 (1/2)"), "the unmatched question counts as right: " + r.out());
        assertTrue(r.out().contains("legality => scams  1"), r.out());
        assertEquals(0, r.code(), "no bar given");
    }

    @Test
    void aMissSaysWhetherTheRulesOrTheQuestionModelPickedTheAnswer(@TempDir Path dir) throws Exception {
        // The fixture FAQ has no labelled questions, so its rules decide.
        Run rules = Run.of("--faq", FAQ, "eval", SETS + "null-acceptable.jsonl");
        assertTrue(rules.out().contains("-> got scams (rules, score "), rules.out());
        // The shipped FAQ's model answers a fee question with the fees entry: labelled as another entry, it is a model miss.
        Path set = dir.resolve("mislabelled.jsonl");
        Files.writeString(set, "{\"q\": \"소액결제 현금화 수수료 보통 몇 퍼센트에요?\", \"expect\": [\"legality\"]}\n", StandardCharsets.UTF_8);
        Run model = Run.of("--faq", "faq", "eval", set.toString());
        assertTrue(model.out().contains("-> got fees (question model), expected legality; rules found "), model.out());
    }

    @Test
    void aQuestionTheModelLearnedWordForWordIsLeftOutOfTheNovelFigures(@TempDir Path dir) throws Exception {
        // The first is a labelled question of the shipped FAQ with other case, spacing and punctuation, labelled off-topic
        // here so that the bot's answer counts as a miss among all lines; the second is a new off-topic question.
        String learned = Files.readAllLines(Path.of("faq/questions/questions.jsonl"), StandardCharsets.UTF_8).get(0);
        String q = new com.fasterxml.jackson.databind.ObjectMapper().readTree(learned).path("q").asText();
        Path set = dir.resolve("twins.jsonl");
        Files.writeString(set, "{\"q\": \"" + q.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ") + " ?!\", \"expect\": []}\n"
                + "{\"q\": \"what is the capital of mongolia, asked in a way nobody wrote\", \"expect\": []}\n", StandardCharsets.UTF_8);
        Run r = Run.of("--faq", "faq", "eval", set.toString());
        assertTrue(r.out().contains("lines with no twin among the learned questions (1, 1 twins left out): in-scope top-1 accuracy n/a (0/0), "
                + "off-topic rejection 1.000 (1/1)"), r.out());
        assertTrue(r.out().strip().endsWith("(0/0), off-topic rejection 0.500 (1/2)"), "the last line counts every line: " + r.out());
        // An FAQ without labelled questions learned nothing, so there is no such line.
        assertTrue(!Run.of("--faq", FAQ, "eval", SETS + "clean.jsonl").out().contains("no twin"));
    }

    @Test
    void figuresBelowTheBarsExitOneAndAnEmptyPartPrintsNotApplicable() {
        assertEquals(1, Run.of("--faq", FAQ, "eval", "--min-in", "0.9", SETS + "null-acceptable.jsonl").code());
        Run r = Run.of("--faq", FAQ, "eval", "--min-in", "0.9", "--min-off", "0.9", SETS + "only-in-scope.jsonl");
        assertTrue(r.out().contains("off-topic rejection n/a (0/0)"), r.out());
        assertEquals(0, r.code(), "a part without questions cannot fail its bar");
    }
}
