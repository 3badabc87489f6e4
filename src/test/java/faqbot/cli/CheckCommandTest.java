package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {
    private static final String FIXTURES = "src/test/resources/faq-fixtures/";

    @Test
    void shippedFaqIsClean() {
        Run r = Run.of("check", "faq");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("OK: faq:"), r.out());
    }

    @Test
    void validFixtureIsClean() {
        Run r = Run.of("check", FIXTURES + "valid");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("2 entries, 0 concepts"), r.out());
        assertTrue(r.out().contains("16 example questions all matching"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad-json                 | entries/scams.json: not valid JSON",
        "missing-answer           | entries/scams.json [scams] ko.answer: missing or empty text",
        "duplicate-id             | entries/legality.json [legality] id: duplicate id, already used by entries/legality-copy.json",
        "unknown-related          | entries/scams.json [scams] related[1]: unknown entry id 'refunds'",
        "missing-language         | entries/scams.json [scams] ko: missing language",
        "warning-missing-language | warnings.json scam.ko: missing or empty text",
        "no-warnings              | warnings.json: file missing",
        "example-mismatch         | entries/scams.json [scams] en.examples[3]: \"what is the weather today\" matched nothing",
        "unknown-field            | entries/scams.json [scams] rules.prefers: unknown field",
        "too-few-examples         | entries/scams.json [scams] en.examples: needs at least 4 examples, has 2",
        "bad-rules-first-doubt    | entries/scams.json [scams] rules_first_doubt: must be a number above 0",
        "doubt-without-rules-first | entries/scams.json [scams] rules_first_doubt: only means something with \"rules_first\": true",
    })
    void brokenFolderExitsOneNamingFileEntryAndField(String fixture, String expected) {
        Run r = Run.of("check", FIXTURES + fixture);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains(expected), "expected <" + expected + "> in:\n" + r.out());
    }

    @Test
    void brokenFaqStopsOtherCommandsWithExitDataErrorAndOneClearMessage() {
        Run r = Run.of("--faq", FIXTURES + "duplicate-id", "ask", "is it legal");
        assertEquals(ExitCodes.DATA, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("cannot use the FAQ"), r.err());
        assertTrue(r.err().contains("[legality] id: duplicate id"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void missingFolderIsReportedNotThrown() {
        Run r = Run.of("check", "no/such/folder");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("is not a folder"), r.out());
    }

    @Test
    void badConfigurationStopsACommandWithExitConfigNamingTheKey() {
        Run r = Run.of("", java.util.Map.of("FAQBOT_THRESHOLD", "-1"), "ask", "is it legal");
        assertEquals(ExitCodes.CONFIG, r.code());
        assertTrue(r.err().contains("FAQBOT_THRESHOLD"), r.err());
    }

    @Test
    void configuredThresholdIsWhatTheMatcherUses() {
        java.util.Map<String, String> env = java.util.Map.of("FAQBOT_THRESHOLD", "9", "FAQBOT_LISTEN_THRESHOLD", "9");
        Run check = Run.of("", env, "check", FIXTURES + "valid");
        assertEquals(1, check.code(), check.out());
        assertTrue(check.out().contains("threshold 9.0"), check.out());
        // Start-up applies the same checks: an FAQ whose examples miss at this threshold is not served.
        Run strict = Run.of("", env, "--faq", FIXTURES + "valid", "ask", "--json", "is it legal");
        assertEquals(ExitCodes.DATA, strict.code(), strict.out());
        assertTrue(strict.err().contains("threshold 9.0"), strict.err());
    }
}
