package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code ask --json} contract that scripts and benchmarks rely on. */
class AskJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Faq faq;

    @BeforeAll
    static void load() throws Exception {
        faq = new FaqLoader().load(Path.of("faq"));
    }

    private static List<JsonNode> askJson(List<String> questions) throws Exception {
        Run r = Run.of(String.join("\n", questions) + "\n", Map.of(), "--faq", "faq", "ask", "--json");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            out.add(JSON.readTree(line));
        }
        assertEquals(questions.size(), out.size(), "one JSON line per question");
        return out;
    }

    private static void assertContract(String question, JsonNode o) {
        for (String field : List.of("question", "id", "score", "lang", "alternatives", "close_call", "kind", "decided_by", "text")) {
            assertTrue(o.has(field), "missing " + field + " in " + o);
        }
        Lang lang = Lang.fromCode(o.get("lang").asText()).orElseThrow();
        String text = o.get("text").asText();
        assertTrue(text.contains(faq.warnings().legal().get(lang)), "legal warning (" + lang + ") missing for: " + question);
        assertTrue(text.contains(faq.warnings().scam().get(lang)), "scam warning (" + lang + ") missing for: " + question);
        boolean hangul = question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        assertEquals(hangul ? Lang.KO : Lang.EN, lang, "reply language for: " + question);
        assertTrue(text.length() <= 4096, "fits one Telegram message");
    }

    @Test
    void everyReplyOverTheEvaluationSetCarriesBothWarningsInItsLanguage() throws Exception {
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("faq/questions/questions.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                questions.add(JSON.readTree(line).get("q").asText());
            }
        }
        List<JsonNode> out = askJson(questions);
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(questions.get(i), out.get(i).get("question").asText(), "same order");
            assertContract(questions.get(i), out.get(i));
        }
    }

    @Test
    void badInputLinesEachGetAFallbackWithWarnings() throws Exception {
        List<String> nasty = List.of("", "   ", "\u0001\u0002\u0007", "\u202Eevil\u202C", "😂😂😂", "ㅋㅋㅋㅋㅋㅋ",
                "x".repeat(100_000), "مرحبا 你好 привет", "\uFEFF", "\t\t");
        List<JsonNode> out = askJson(nasty);
        for (int i = 0; i < nasty.size(); i++) {
            JsonNode o = out.get(i);
            assertTrue(o.get("id").isNull(), "no match for bad input " + i);
            assertEquals("fallback", o.get("kind").asText());
            assertContract(nasty.get(i), o);
        }
    }

    @Test
    void loneSurrogateIsReplacedNotThrown() throws Exception {
        JsonNode o = askJson(List.of("is it legal \uD800?")).get(0);
        assertEquals("is it legal \uFFFD?", o.get("question").asText());
        assertEquals("legality", o.get("id").asText());
    }

    @Test
    void plainAskPrintsTheReplyAsAPersonSeesIt() {
        Run r = Run.of("--faq", "faq", "ask", "수수료", "몇", "퍼센트예요?");
        assertEquals(0, r.code());
        assertTrue(r.out().contains(faq.warnings().legal().get(Lang.KO)), r.out());
        assertTrue(r.out().startsWith(faq.expect("fees").text(Lang.KO).title()), r.out());
    }

    @Test
    void askWithoutQuestionOrJsonExplainsUsage() {
        Run r = Run.of("--faq", "faq", "ask");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("give a question"), r.err());
    }
}
