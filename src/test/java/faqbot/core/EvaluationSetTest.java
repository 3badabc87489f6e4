package faqbot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.FaqLoader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds the matcher to the accuracy bar on the repository's own question set. */
class EvaluationSetTest {
    static final Path EVAL = Path.of("src/test/resources/eval/questions.jsonl");

    @Test
    void evaluationSetIsLargeBilingualAndHasOffTopicQuestions() throws Exception {
        List<String> lines = Files.readAllLines(EVAL, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        long korean = lines.stream().filter(l -> l.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).count();
        long offTopic = lines.stream().filter(l -> l.replace(" ", "").contains("\"expect\":[]")).count();
        assertTrue(lines.size() >= 150, "at least 150 questions, has " + lines.size());
        assertTrue(korean >= 60 && lines.size() - korean >= 60, "both languages well represented: ko=" + korean);
        assertTrue(offTopic >= 25, "off-topic questions: " + offTopic);
    }

    @Test
    void matcherMeetsTheAccuracyBar() throws Exception {
        FaqBot bot = new FaqBot(new FaqLoader().load(Path.of("faq")));
        Evaluation.Result r;
        try (BufferedReader in = Files.newBufferedReader(EVAL, StandardCharsets.UTF_8)) {
            r = Evaluation.run(bot, in);
        }
        String report = r.summary() + "\n" + String.join("\n", r.misses().stream().map(Object::toString).toList());
        assertTrue(r.badLines().isEmpty(), "malformed lines: " + r.badLines());
        assertTrue(r.meets(0.95, 0.90), report);
    }
}
