package faqbot.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.match.MatchSettings;
import java.nio.file.Files;
import faqbot.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptanceTest {
    @TempDir
    Path tmp;

    private Path copyOf(String fixture) {
        return Fixtures.copy("faq-fixtures/" + fixture, tmp);
    }

    @Test
    void anAcceptedSuggestionIsWrittenAndTheReloadedFaqAnswersTheQuestion() throws Exception {
        Path faq = copyOf("valid");
        assertFalse(new FaqBot(new FaqLoader().load(faq)).ask("will the cops catch me").match().matched());
        Acceptance.Outcome o = Acceptance.accept(faq, new Change("legality", Lang.EN, "cops", 2, "will the cops catch me"),
                new RulesEditor(), MatchSettings.DEFAULTS);
        assertTrue(o.accepted(), o.problems().toString());
        assertEquals(List.of(Path.of("entries/legality.json")), o.written());
        FaqBot reloaded = new FaqBot(new FaqLoader().load(faq));
        assertEquals("legality", reloaded.ask("will the cops catch me").match().id().orElseThrow());
        String json = Files.readString(faq.resolve("entries/legality.json"));
        assertTrue(json.contains("\"cops\": 2") && json.contains("\"will the cops catch me\""), json);
    }

    @Test
    void aFormForAnEntryThatNeedsAConceptJoinsTheConceptSoEveryEntryUsingItGainsIt() throws Exception {
        Path faq = copyOf("suggest-concept");
        Change c = new Change("legality", Lang.EN, "cops", 2, "will the cops catch me");
        assertEquals(java.util.Optional.of("law"), new RulesEditor().concept(new FaqLoader().load(faq), c));
        Acceptance.Outcome o = Acceptance.accept(faq, c, new RulesEditor(), MatchSettings.DEFAULTS);
        assertTrue(o.accepted(), o.problems().toString());
        assertEquals(java.util.Set.of(Path.of("entries/legality.json"), Path.of("concepts.json")), java.util.Set.copyOf(o.written()));
        String concepts = Files.readString(faq.resolve("concepts.json"));
        assertTrue(concepts.contains("\"arrest*\",\n      \"cops\"\n"), concepts);
        String entry = Files.readString(faq.resolve("entries/legality.json"));
        assertTrue(entry.contains("\"@law\": 3") && !entry.contains("\"cops\":"), "the rules still name only the concept: " + entry);
        assertEquals("legality", new FaqBot(new FaqLoader().load(faq)).ask("will the cops catch me").match().id().orElseThrow());
    }

    @Test
    void aSuggestionThatBreaksCheckIsRefusedAndNothingIsWritten() throws Exception {
        Path faq = copyOf("suggest-breaks");
        byte[] before = Files.readAllBytes(faq.resolve("entries/legality.json"));
        // "risk" for legality ties with scams on its own example "scam risk", and legality comes first.
        Acceptance.Outcome o = Acceptance.accept(faq, new Change("legality", Lang.EN, "risk", 2, "what is the risk"),
                new RulesEditor(), MatchSettings.DEFAULTS);
        assertFalse(o.accepted());
        assertTrue(o.problems().toString().contains("scam risk"), o.problems().toString());
        assertEquals(List.of(), o.written());
        assertEquals(new String(before), Files.readString(faq.resolve("entries/legality.json")));
        try (Stream<Path> left = Files.list(faq.resolve("entries"))) {
            assertEquals(2, left.count(), "no temp files left behind");
        }
    }

    @Test
    void anUntouchedEntryOrConceptsFileComesBackByteForByteSoADiffShowsOnlyTheChange() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("faq/entries"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                assertEquals(text, RulesEditor.layout(mapper.readTree(text)), f.toString());
            }
        }
        String concepts = Files.readString(Path.of("faq/concepts.json"));
        assertEquals(concepts, RulesEditor.layout(mapper.readTree(concepts)), "faq/concepts.json");
    }
}
