package faqbot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.FaqLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the matcher to its bars on the repository's question sets: the tuning part (faq/questions/, which
 * the rules were written against and the question model learns from) and the held-out part (written
 * blind, never read, never learned from; see docs/benchmarks.md for each batch's score before tuning).
 */
class EvaluationSetTest {
    static final String ORIGINAL = "questions.jsonl";
    /** The original set and every {@code tuning-*.jsonl}: a batch moved into tuning is picked up by its name alone. */
    static final List<String> TUNING = tuningFiles();
    /** Batches BY to CB, written blind by four new writers, never read, never learned from (docs/benchmarks.md). */
    static final List<String> HELD_OUT = List.of("heldout-by.jsonl", "heldout-bz.jsonl", "heldout-ca.jsonl", "heldout-cb.jsonl");

    private static List<String> tuningFiles() {
        List<String> files = new ArrayList<>(List.of(ORIGINAL));
        try (Stream<Path> all = Files.list(QuestionSets.TRAINING)) {
            all.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("tuning-") && f.endsWith(".jsonl")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(files);
    }

    private static List<String> lines(String... files) throws Exception {
        List<String> out = new ArrayList<>();
        for (String f : files) {
            Path training = QuestionSets.TRAINING.resolve(f);
            Path file = Files.exists(training) ? training : QuestionSets.DIR.resolve(f);
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
        }
        return out;
    }

    private static Evaluation.Result run(List<String> lines) throws Exception {
        FaqBot bot = new FaqBot(new FaqLoader().load(Path.of("faq")));
        try (BufferedReader in = new BufferedReader(new StringReader(String.join("\n", lines)))) {
            return Evaluation.run(bot, in);
        }
    }

    @Test
    void tuningPartIsLargeBilingualAndHasOffTopicQuestions() throws Exception {
        List<String> lines = lines(TUNING.toArray(String[]::new));
        long korean = lines.stream().filter(l -> l.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).count();
        long offTopic = lines.stream().filter(l -> l.replace(" ", "").contains("\"expect\":[]")).count();
        assertTrue(lines.size() >= 150, "at least 150 questions, has " + lines.size());
        assertTrue(korean >= 60 && lines.size() - korean >= 60, "both languages well represented: ko=" + korean);
        assertTrue(offTopic >= 25, "off-topic questions: " + offTopic);
    }

    @Test
    void heldOutPartHasTheSizeAndMixTheIssueAsksFor() throws Exception {
        List<String> lines = lines(HELD_OUT.toArray(String[]::new));
        long korean = lines.stream().filter(l -> l.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).count();
        long offTopic = lines.stream().filter(l -> l.replace(" ", "").contains("\"expect\":[]")).count();
        assertTrue(lines.size() >= 400, "at least 400 held-out questions, has " + lines.size());
        assertTrue(korean * 10 >= lines.size() * 4, "at least 40% Korean");
        assertTrue(offTopic * 10 >= lines.size() * 2, "at least 20% off-topic");
    }

    @Test
    void tuningPartMeetsItsBar() throws Exception {
        Evaluation.Result r = run(lines(TUNING.toArray(String[]::new)));
        String report = r.summary() + "\n" + String.join("\n", r.misses().stream().map(Object::toString).toList());
        assertTrue(r.badLines().isEmpty(), "malformed lines: " + r.badLines());
        // The question model learns from these lines, so this is in-sample (0.991 / 0.995); each batch's
        // blind score before anyone learned from it is in docs/benchmarks.md.
        assertTrue(r.meets(0.985, 0.99), report);
    }

    /**
     * The set the old per-entry rules scored 0.997 / 1.000 on. The question model learns from it but, being
     * regularised, does not learn each line by heart: 0.992 / 0.991 (docs/benchmarks.md), moving by a line or two as questions are added.
     */
    @Test
    void originalSetStaysNearItsPreMigrationLevel() throws Exception {
        Evaluation.Result r = run(lines(ORIGINAL));
        String report = r.summary() + "\n" + String.join("\n", r.misses().stream().map(Object::toString).toList());
        assertTrue(r.meets(0.98, 0.97), report);
    }

    /**
     * A regression guard at the issue's bar, just below the held-out part's blind score: 0.977 / 0.994 on all
     * 1,937 lines, 0.972 / 0.989 on the lines that have no twin in faq/questions/, at its one look, on the
     * model it guards (docs/benchmarks.md). The misses are deliberately not printed: nobody is to tune on
     * these batches.
     */
    @Test
    void heldOutPartDoesNotFallBelowItsBlindScore() throws Exception {
        Evaluation.Result r = run(lines(HELD_OUT.toArray(String[]::new)));
        assertTrue(r.badLines().isEmpty(), "malformed held-out lines: " + r.badLines().size());
        assertTrue(r.meets(0.97, 0.985), r.summary());
    }
}
