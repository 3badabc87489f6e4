package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Concept;
import faqbot.faq.ConceptKind;
import faqbot.faq.Lang;
import faqbot.faq.Vocabulary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An urgent entry wins over every topic once it reaches the threshold; a pasted link or handle is found before normalising. */
class UrgentAndLinkTest {
    private static final Matcher CRISIS = new Matcher(new FaqBuilder()
            .vocabulary(new Vocabulary(List.of(
                    new Concept("stocks", ConceptKind.OUTSIDE, Map.of(Lang.EN, List.of("stocks"), Lang.KO, List.of("주식"))))))
            .entry("bills", 10, List.of("bill", "debt"), Map.of("bill", 3.0, "debt", 3.0, "phone", 3.0), List.of())
            .entry("crisis", 90, List.of("die", "gone"), Map.of("die", 2.0, "gone", 1.0), List.of()).urgent()
            .build());

    private static final Matcher LINKS = new Matcher(new FaqBuilder()
            .vocabulary(new Vocabulary(List.of(new Concept("link", ConceptKind.TOPIC, Map.of(Lang.EN, List.of("this site"))))))
            .entry("trusted", 10, List.of("@link", "legit"), Map.of("@link", 2.0, "legit", 3.0), List.of())
            .build());

    private static MatchResult ask(Matcher m, String q) {
        return m.match(Question.of(q));
    }

    @Test
    void anUrgentEntryAtTheThresholdWinsOverAHigherScoringTopicWithoutADidYouMean() {
        MatchResult r = ask(CRISIS, "I want to die over my phone bill debt");
        assertEquals(Optional.of("crisis"), r.id());
        assertFalse(r.closeCall());
    }

    @Test
    void anUrgentEntryBelowTheThresholdDoesNotWin() {
        assertEquals(Optional.of("bills"), ask(CRISIS, "my phone bill debt is gone up").id());
    }

    @Test
    void anotherSubjectKeepsTopicEntriesAwayButNotTheUrgentOne() {
        assertTrue(ask(CRISIS, "my stocks bill").id().isEmpty());
        assertEquals(Optional.of("crisis"), ask(CRISIS, "lost it all on stocks and I want to die").id());
        assertEquals(Optional.of("crisis"), ask(CRISIS, "주식으로 다 잃었어 die").id());
    }

    @Test
    void aPastedLinkOrHandleIsFoundWhateverTheWordsAroundIt() {
        for (String q : List.of("cash-fast.example.com", "https://x.example.io/a", "www.example.kr", "t.me/example_cash",
                "@quickcash_example", "ask @cashout_helper_example")) {
            assertEquals(Optional.of("trusted"), ask(LINKS, q + " legit?").id(), q);
        }
    }

    @Test
    void aMentionOfABotOrAShortWordAfterAtIsNotALink() {
        for (String q : List.of("@bot", "@faq_bot", "@me", "mail@", "version 2.0")) {
            assertTrue(ask(LINKS, q + " hello").id().isEmpty(), q);
        }
    }
}
