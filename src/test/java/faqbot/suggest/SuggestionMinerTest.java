package faqbot.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.match.MatchSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SuggestionMinerTest {
    private static Faq faq;
    private static SuggestionMiner miner;

    @BeforeAll
    static void load() throws Exception {
        faq = new FaqLoader().load(Path.of("src/test/resources/faq-fixtures/valid"));
        miner = new SuggestionMiner(faq, MatchSettings.DEFAULTS, new RulesEditor());
    }

    private static Signal miss(String q, String nearest) {
        return new Signal(q, Lang.EN, Signal.Kind.UNANSWERED, Optional.of(nearest));
    }

    @Test
    void aClusterOfMissesSuggestsTheWordThatWouldHaveMatchedItsNearestEntry() {
        List<Signal> signals = new ArrayList<>(Collections.nCopies(3, miss("will the cops catch me", "legality")));
        signals.add(miss("will cops catch me??", "legality"));
        List<Suggestion> s = miner.mine(signals, Set.of());
        assertEquals(1, s.size());
        Change c = s.get(0).change();
        assertEquals("legality", c.entryId());
        assertTrue(List.of("catch", "cops").contains(c.surfaceForm()), c.surfaceForm());
        assertEquals(2, c.weight(), "the lightest weight that works");
        assertEquals(4, s.get(0).questions());
        assertEquals("will the cops catch me", s.get(0).wordings().get(0), "most frequent wording first");
        assertEquals(Map.of(Signal.Kind.UNANSWERED, 4), s.get(0).kinds());
    }

    @Test
    void aThumbsDownPointsAwayFromTheEntryThatDidNotHelp() {
        // "legal scam" scores for both; the reader said legality did not help, so scams is where it belongs.
        Signal down = new Signal("legal fraud trick", Lang.EN, Signal.Kind.UNHELPFUL, Optional.of("legality"));
        List<Suggestion> s = miner.mine(List.of(down, down), Set.of());
        assertEquals(1, s.size(), s.toString());
        assertEquals("scams", s.get(0).change().entryId());
    }

    @Test
    void questionsTheFaqAlreadyAnswersAndRejectedSuggestionsAreLeftOut() {
        assertEquals(List.of(), miner.mine(List.of(miss("is it legal", "legality")), Set.of()));
        List<Signal> signals = List.of(miss("will the cops catch me", "legality"));
        String key = miner.mine(signals, Set.of()).get(0).key();
        assertEquals(List.of(), miner.mine(signals, Set.of(key)));
    }

    @Test
    void masksAndSingleSyllablesAreNeverSuggested() {
        assertTrue(!SuggestionMiner.usable("number") && !SuggestionMiner.usable("법") && !SuggestionMiner.usable("12"));
        assertTrue(SuggestionMiner.usable("경찰") && SuggestionMiner.usable("cops"));
    }

    @Test
    void theSameSignalsAlwaysGiveTheSameList() {
        List<Signal> signals = List.of(miss("will the cops catch me", "legality"), miss("paypal wallet", "scams"),
                miss("wallet paypal", "scams"), new Signal("경찰이 잡나요", Lang.KO, Signal.Kind.UNANSWERED, Optional.of("legality")));
        assertEquals(miner.mine(signals, Set.of()), miner.mine(signals, Set.of()));
    }

    @Test
    void withAQuestionModelTheMissedQuestionsAreOfferedForLabellingAndAnsweredOnesAreNot() throws Exception {
        Faq shipped = new FaqLoader().load(Path.of("faq"));
        SuggestionMiner withModel = new SuggestionMiner(shipped, MatchSettings.DEFAULTS, new RulesEditor());
        List<Signal> signals = new ArrayList<>(Collections.nCopies(3, miss("can i turn my phone credit into bitcoin", "methods")));
        signals.add(miss("can i turn my phone credit into bitcoin?", "methods"));
        signals.add(new Signal("소액결제 현금화 수수료 얼마", Lang.KO, Signal.Kind.UNANSWERED, Optional.empty()));
        List<QuestionToLabel> toLabel = withModel.questionsToLabel(signals);
        assertEquals(1, toLabel.size(), "the fee question is answered already: " + toLabel);
        QuestionToLabel q = toLabel.get(0);
        assertEquals(4, q.questions());
        assertEquals(List.of("can i turn my phone credit into bitcoin", "can i turn my phone credit into bitcoin?"), q.wordings());
        assertTrue(shipped.find(q.entryId()).isPresent(), q.entryId());
        // The rules alone answer the fixture FAQ: a word for the rules is what mends a miss there.
        assertEquals(List.of(), miner.questionsToLabel(signals));
    }
}
