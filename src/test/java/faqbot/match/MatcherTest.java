package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Faq;
import faqbot.faq.Lang;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatcherTest {
    private final Faq faq = new FaqBuilder()
            .entry("legality", 10, List.of(), Map.of("legal*", 3.0, "불법", 3.0, "law", 2.0), List.of())
            .entry("fees", 20, List.of("fee", "commission", "수수료"), Map.of("fee", 3.0, "commission", 3.0, "수수료", 3.0, "hidden charge", 2.0), List.of("scam*"))
            .entry("scams", 30, List.of(), Map.of("scam*", 3.0, "fraud", 3.0, "사기", 3.0), List.of())
            .entry("online-platforms", 40, List.of(), Map.of("paypal", 3.0, "venmo", 3.0, "페이팔", 3.0), List.of())
            .entry("cash-out", 50, List.of(), Map.of("현금화", 2.0, "cash out", 2.0, "phone", 1.0), List.of())
            .build();
    private final Matcher matcher = new Matcher(faq);

    private MatchResult ask(String q) {
        return matcher.match(Question.of(q));
    }

    @Test
    void koreanParticlesAndMissingSpacesStillMatch() {
        assertEquals(Optional.of("cash-out"), ask("현금화는 뭔가요").id());
        assertEquals(Optional.of("cash-out"), ask("현금화하려면 어떻게").id());
        assertEquals(Optional.of("fees"), ask("소액결제현금화수수료 얼마").id());
    }

    @Test
    void typosInLatinWordsAreTolerated() {
        assertEquals(Optional.of("legality"), ask("is it leagl").id());
        assertEquals(Optional.of("online-platforms"), ask("paypall?").id());
        assertEquals(Optional.of("fees"), ask("how much commision").id());
    }

    @Test
    void prefixTermsMatchLongerWords() {
        assertEquals(Optional.of("legality"), ask("legality of this").id());
        assertEquals(Optional.of("legality"), ask("legally ok?").id());
    }

    @Test
    void phraseTermsNeedTheirWordsInARow() {
        assertEquals(5.0, ask("any hidden charges in the fee").score());
        assertEquals(3.0, ask("charges hidden in the fee").score());
    }

    @Test
    void excludedWordKeepsAGeneralEntryFromStealingASpecificQuestion() {
        MatchResult m = ask("what fee do scammers ask for");
        assertEquals(Optional.of("scams"), m.id());
        assertTrue(m.ranked().stream().noneMatch(c -> c.id().equals("fees")));
    }

    @Test
    void requiredTermMissingMeansTheEntryScoresNothing() {
        // "hidden charge" alone is weight 2 but fees requires fee/commission/수수료
        assertTrue(ask("hidden charge").ranked().stream().noneMatch(c -> c.id().equals("fees")));
    }

    @Test
    void weakContextWordAloneIsBelowThreshold() {
        MatchResult m = ask("my phone is broken");
        assertFalse(m.matched());
        assertEquals(1.0, m.score());
        assertEquals(List.of(), m.alternatives(), "a 1-point guess is too weak to offer");
    }

    @Test
    void offTopicQuestionMatchesNothing() {
        MatchResult m = ask("what's for dinner");
        assertFalse(m.matched());
        assertEquals(0.0, m.score());
    }

    @Test
    void scoresAddAcrossDistinctTermsAndLanguages() {
        MatchResult m = ask("paypal 페이팔 venmo");
        assertEquals(9.0, m.score());
    }

    @Test
    void tiesGoToTheLowerOrderThenTheId() {
        MatchResult m = ask("is a scam legal");
        assertEquals(Optional.of("legality"), m.id(), "legality (order 10) and scams (order 30) both score 3");
        assertTrue(m.closeCall());
        assertEquals(List.of("scams"), m.alternatives());
    }

    @Test
    void clearWinnerIsNotACloseCall() {
        MatchResult m = ask("is paypal or venmo legal");
        assertEquals(Optional.of("online-platforms"), m.id());
        assertFalse(m.closeCall());
    }

    @Test
    void belowThresholdTheBestGuessesBecomeAlternatives() {
        Matcher strict = new Matcher(faq, new MatchSettings(4.0, 1.0, 3));
        MatchResult m = strict.match(Question.of("is it legal"));
        assertFalse(m.matched());
        assertEquals(List.of("legality"), m.alternatives());
    }

    @Test
    void sameQuestionAlwaysGetsTheSameResult() {
        MatchResult a = ask("수수료 사기 legal paypal");
        for (int i = 0; i < 20; i++) {
            MatchResult b = new Matcher(faq).match(Question.of("수수료 사기 legal paypal"));
            assertEquals(a.ranked(), b.ranked());
            assertEquals(a.id(), b.id());
        }
    }

    @Test
    void replyLanguageIsKoreanForHangulElseTheFallbackUnlessForced() {
        assertEquals(Lang.KO, ask("불법인가요").lang());
        assertEquals(Lang.EN, ask("is it legal").lang());
        assertEquals(Lang.KO, matcher.match(new Question("is it legal", Optional.empty(), Lang.KO)).lang());
        assertEquals(Lang.EN, matcher.match(new Question("불법인가요", Optional.of(Lang.EN), Lang.KO)).lang());
    }

    @Test
    void badInputsGiveNoMatchInsteadOfAnException() {
        for (String q : new String[] {"", "   ", "\u0000\u0001", "\uD800", "\u202E\u202D", "😂🔥", "x".repeat(100_000),
                "불법".repeat(50_000), "مرحبا 你好 привет", "\uFEFF\uFEFF"}) {
            MatchResult m = ask(q);
            assertEquals(q, m.question());
        }
        assertTrue(ask("legal ".repeat(20_000)).matched(), "a huge message is still read from its start");
    }
}
