package faqbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The labelled questions in {@code questions/} are read as strictly as the entries: a line the model
 * would learn wrong from stops the load, with the file, the line and what is wrong.
 */
class QuestionSetReaderTest {
    private static final Path VALID_FAQ = Path.of("src/test/resources/faq-fixtures/valid");

    @TempDir
    Path dir;

    /** The valid fixture FAQ with one questions file holding {@code lines}. */
    private Path faqWithQuestions(String lines) throws IOException {
        FaqFixtures.copy(VALID_FAQ, dir);
        Files.createDirectories(dir.resolve("questions"));
        Files.writeString(dir.resolve("questions/asked.jsonl"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void anFaqWithoutAQuestionsFolderHasNoLabelledQuestions() throws Exception {
        assertEquals(0, new FaqLoader().load(VALID_FAQ).questions().size());
    }

    @Test
    void linesAreReadWithTheirFirstIdAsLabelAndEmptyForOffTopic() throws Exception {
        Faq faq = new FaqLoader().load(faqWithQuestions("""
                {"q": "how much do they take", "expect": ["scams", null]}

                {"q": "what's the weather", "expect": []}
                {"q": "maybe nothing", "expect": [null, "scams"], "help": ["1332"]}
                """));
        assertEquals(3, faq.questions().size(), "the blank line is skipped");
        assertEquals(Optional.of("scams"), faq.questions().get(0).entryId());
        assertEquals(Optional.empty(), faq.questions().get(1).entryId());
        assertEquals(Optional.of("scams"), faq.questions().get(2).entryId(), "null only says no answer is fine too");
        assertEquals("questions/asked.jsonl:3", faq.questions().get(1).source());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown id        | {"q": "fees?", "expect": ["scamz"]}           | line 1: unknown entry id "scamz"
            no question       | {"expect": ["scams"]}                         | line 1: needs "q"
            empty question    | {"q": "  ", "expect": ["scams"]}              | line 1: needs "q"
            expect not a list | {"q": "fees?", "expect": "scams"}             | line 1: needs "q"
            unknown field     | {"q": "fees?", "expect": ["scams"], "x": 1}   | line 1: unknown field 'x'
            not JSON          | {"q": "fees?", "expect": ["scams"]            | line 1: not valid JSON
            """)
    void aBrokenLineStopsTheLoadNamingFileAndLine(String name, String line, String message) throws Exception {
        FaqException e = assertThrows(FaqException.class, () -> new FaqLoader().load(faqWithQuestions(line + "\n")));
        assertEquals(1, e.problems().size(), e.getMessage());
        String problem = e.problems().get(0).toString();
        assertTrue(problem.contains("questions/asked.jsonl") && problem.contains(message), problem);
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemNotACrash() throws Exception {
        Path faq = faqWithQuestions("");
        Files.write(faq.resolve("questions/asked.jsonl"), new byte[] {'{', '"', 'q', '"', ':', (byte) 0xC3, (byte) 0x28, '}'});
        FaqException e = assertThrows(FaqException.class, () -> new FaqLoader().load(faq));
        assertTrue(e.getMessage().contains("questions/asked.jsonl"), e.getMessage());
    }
}
