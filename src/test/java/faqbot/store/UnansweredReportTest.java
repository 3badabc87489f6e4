package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import faqbot.core.ChatKind;
import faqbot.faq.Lang;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnansweredReportTest {
    private static final Instant T0 = Instant.parse("2026-11-23T20:16:00Z");

    @Test
    void nearDuplicateQuestionsShareAGroupKey() {
        String key = UnansweredReport.groupKey("is paypal legit??");
        assertEquals("legit paypal", key);
        assertEquals(key, UnansweredReport.groupKey("Is PayPal legit"));
        assertEquals(key, UnansweredReport.groupKey("legit paypal is?"));
        assertEquals(key, UnansweredReport.groupKey("ＰＡＹＰＡＬ  legit ?!"));
        assertEquals(key, UnansweredReport.groupKey("what's paypal, is it legit"));
        assertNotEquals(key, UnansweredReport.groupKey("is paypal safe"));
    }

    @Test
    void koreanParticlesAndFillerWordsDoNotSplitAGroup() {
        assertEquals(UnansweredReport.groupKey("페이팔 현금화는 안전한가"), UnansweredReport.groupKey("혹시 페이팔로 현금화가 안전한가요"));
        assertEquals("가능 페이팔 현금화", UnansweredReport.groupKey("페이팔로 현금화 가능한가요"));
        assertEquals("평가 필요", UnansweredReport.groupKey("필요 평가"), "two-syllable words keep their last syllable");
    }

    @Test
    void aQuestionOfOnlyStopwordsKeepsItsWords() {
        assertEquals("is this what", UnansweredReport.groupKey("what is this"));
    }

    @Test
    void groupsAreMostFrequentFirstWithTheirNearestEntryAndAverageScore() {
        List<UnansweredRecord> records = List.of(
                rec("is paypal legit??", Lang.EN, ChatKind.GROUP, "paypal", 1.0, false),
                rec("weather tomorrow", Lang.EN, ChatKind.PRIVATE, null, 0, false),
                rec("Is PayPal legit", Lang.EN, ChatKind.PRIVATE, "paypal", 1.5, false),
                rec("legit paypal is?", Lang.KO, ChatKind.GROUP, "scams", 1.2, true),
                rec("Is PayPal legit", Lang.EN, ChatKind.GROUP, "paypal", 2.0, false));

        List<UnansweredReport.Group> groups = UnansweredReport.group(records);
        assertEquals(2, groups.size());
        UnansweredReport.Group paypal = groups.get(0);
        assertEquals("legit paypal", paypal.key());
        assertEquals(4, paypal.count());
        assertEquals("Is PayPal legit", paypal.example(), "the most frequent wording");
        assertEquals(Map.of(Lang.EN, 3, Lang.KO, 1), paypal.langs());
        assertEquals(Map.of(ChatKind.GROUP, 3, ChatKind.PRIVATE, 1), paypal.chats());
        assertEquals(1, paypal.closeCalls());
        assertEquals(Optional.of("paypal"), paypal.candidate());
        assertEquals(3, paypal.candidateHits());
        assertEquals(1.5, paypal.averageScore(), 1e-9);
        assertEquals(Optional.empty(), groups.get(1).candidate());
    }

    @Test
    void theRenderedReportIsStable() {
        UnansweredLog.Contents c = new UnansweredLog.Contents(List.of(
                rec("is paypal legit??", Lang.EN, ChatKind.GROUP, "paypal", 1.0, false),
                rec("Is PayPal legit", Lang.EN, ChatKind.PRIVATE, "paypal", 1.5, true),
                rec("날씨 어때요", Lang.KO, ChatKind.GROUP, null, 0, false)), 1);
        assertEquals("""
                Unanswered questions in data/unanswered.jsonl: 3 records, 1 unreadable line skipped, 2026-11-23 20:16 to 2026-11-23 20:16 UTC.
                Most frequent first, grouped by keywords (1 of 2 groups):

                 1. 2 x "is paypal legit??"
                    keywords: legit paypal
                    language: en 2; chat: private 1, group 1; close calls: 1
                    nearest entry: paypal, average score 1.25 (2 of 2)
                """, UnansweredReport.render(c, "data/unanswered.jsonl", 1));
    }

    private static UnansweredRecord rec(String q, Lang lang, ChatKind chat, String candidate, double score, boolean close) {
        return new UnansweredRecord(T0, lang, chat, q, Optional.ofNullable(candidate), score, close);
    }
}
