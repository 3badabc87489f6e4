package faqbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The concept vocabulary and the entry rules over it are loaded strictly: each failure mode has a
 * fixture file, and the message names the file, the concept or entry, and the field.
 */
class VocabularyLoaderTest {
    private static final Path VALID_FAQ = Path.of("src/test/resources/faq-fixtures/valid");
    private static final Path FIXTURES = Path.of("src/test/resources/vocabulary-fixtures");

    @TempDir
    Path dir;

    /** The valid fixture FAQ with {@code concepts} as concepts.json and {@code scams} as the scams entry. */
    private Path faqWith(String concepts, String scams) throws IOException {
        FaqFixtures.copy(VALID_FAQ, dir);
        Files.copy(FIXTURES.resolve("concepts/" + concepts + ".json"), dir.resolve("concepts.json"));
        Files.copy(FIXTURES.resolve("rules/" + scams + ".json"), dir.resolve("entries/scams.json"), StandardCopyOption.REPLACE_EXISTING);
        return dir;
    }

    @Test
    void validVocabularyIsLoadedWithItsKindsAndFormsInBothLanguages() throws Exception {
        Faq faq = new FaqLoader().load(faqWith("valid", "valid"));
        Concept scam = faq.vocabulary().find("scam").orElseThrow();
        assertEquals(ConceptKind.TOPIC, scam.kind());
        assertEquals(java.util.List.of("scam*", "fraud*", "사기", "먹튀"), scam.allForms());
        assertEquals(ConceptKind.CUE, faq.vocabulary().find("why").orElseThrow().kind());
        EntryRules rules = faq.expect("scams").rules();
        assertEquals(2, rules.termCount(), "a concept reference counts as one term");
    }

    @Test
    void anFaqWithoutConceptsJsonHasAnEmptyVocabulary() throws Exception {
        assertTrue(new FaqLoader().load(VALID_FAQ).vocabulary().concepts().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not-json             | concepts.json: not valid JSON",
        "duplicate-id         | concepts.json: not valid JSON: Duplicate field 'scam'",
        "bad-id               | concepts.json [Scam!]: concept id 'Scam!' must be lowercase letters",
        "not-an-object        | concepts.json [scam]: must be an object with kind, en and ko",
        "unknown-kind         | concepts.json [scam] kind: missing or unknown (one of domain, topic, context, cue, outside)",
        "unknown-field        | concepts.json [scam] forms: unknown field",
        "no-forms             | concepts.json [scam] en: no surface forms",
        "one-syllable-korean  | concepts.json [scam] ko[0]: form '돈': Korean terms need at least two syllables",
        "star-inside          | concepts.json [scam] en[0]: form 'sc*am': '*' may only end a term",
        "form-in-two-concepts | concepts.json [fraud] en[1]: form 'scam' is already in concept 'scam'",
    })
    void brokenVocabularyIsRefusedNamingFileConceptAndField(String fixture, String expected) throws Exception {
        FaqException e = assertThrows(FaqException.class, () -> new FaqLoader().load(faqWith(fixture, "valid")));
        assertTrue(e.getMessage().contains(expected), "expected <" + expected + "> in:\n" + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-concept     | entries/scams.json [scams] rules.needs.@nope: unknown concept 'nope' (not in concepts.json)",
        "weight-out-of-range | entries/scams.json [scams] rules.needs.@scam: weight must be 1, 2 or 3",
        "half-weight         | entries/scams.json [scams] rules.needs.@scam: weight must be 1, 2 or 3",
        "written-twice       | entries/scams.json [scams] rules.helps.@scam: already in needs; write each term once",
        "empty-needs         | entries/scams.json [scams] rules.needs: empty",
        "unknown-rule-field  | entries/scams.json [scams] rules.prefer: unknown field",
    })
    void brokenRulesAreRefusedNamingFileEntryAndField(String fixture, String expected) throws Exception {
        FaqException e = assertThrows(FaqException.class, () -> new FaqLoader().load(faqWith("valid", fixture)));
        assertTrue(e.getMessage().contains(expected), "expected <" + expected + "> in:\n" + e.getMessage());
    }
}
