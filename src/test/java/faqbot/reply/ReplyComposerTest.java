package faqbot.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.match.Question;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReplyComposerTest {
    private static Faq faq;
    private static FaqBot bot;

    @BeforeAll
    static void load() throws Exception {
        faq = new FaqLoader().load(Path.of("src/test/resources/faq-fixtures/valid"));
        bot = new FaqBot(faq);
    }

    private static void assertWarned(Reply r) {
        String legal = faq.warnings().legal().get(r.lang());
        String scam = faq.warnings().scam().get(r.lang());
        assertTrue(r.text().contains(legal) && r.text().contains(scam), r.kind() + " reply lacks warnings:\n" + r.text());
        assertTrue(r.text().endsWith(scam), "warnings close the reply");
    }

    @Test
    void everyKindOfReplyEndsWithBothWarningsInItsLanguage() {
        for (Lang lang : Lang.values()) {
            ReplyComposer c = bot.replies();
            for (Reply r : List.of(c.start(lang, "faq_bot"), c.help(lang, "faq_bot"), c.topics(lang), c.hint(lang),
                    c.notice(lang, "slow down"), c.fallback(lang, List.of(), 0), c.entry("scams", lang), c.entry("gone", lang))) {
                assertEquals(lang, r.lang());
                assertWarned(r);
            }
        }
        assertWarned(bot.ask("is it legal?").reply());
        assertWarned(bot.ask("불법인가요?").reply());
        assertWarned(bot.ask("what's for dinner").reply());
    }

    @Test
    void preparedTextIsExactlyTheBodyThenTheWarnings() {
        for (Reply r : List.of(bot.ask("is it legal?").reply(), bot.ask("불법인가요?").reply(), bot.ask("what's for dinner").reply())) {
            assertEquals(r.body() + "\n\n" + r.warnings(), r.text());
        }
    }

    @Test
    void replyRefusesAFullTextOfAnotherBody() {
        Reply r = bot.ask("is it legal?").reply();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Reply(r.lang(), r.kind(),
                r.entryId(), r.score(), "something else", r.warnings(), r.buttons(), r.alternatives(), r.full()));
    }

    @Test
    void answerShowsTitleAndAnswerInTheAskersLanguageWithRelatedButtons() {
        Reply r = bot.ask("불법인가요?").reply();
        assertEquals(ReplyKind.ANSWER, r.kind());
        assertEquals(Lang.KO, r.lang());
        assertTrue(r.body().startsWith("합법인가요?\n\n아니요"), r.body());
        assertEquals(List.of(new Button("scams", "어떤 사기가 있나요?")), r.buttons());
    }

    @Test
    void fallbackListsTopicsAndOffersButtons() {
        Reply r = bot.ask("recommend me a movie").reply();
        assertEquals(ReplyKind.FALLBACK, r.kind());
        assertEquals(Optional.empty(), r.entryId());
        assertTrue(r.body().contains("• Is it legal?") && r.body().contains("• How do the scams work?"), r.body());
        assertTrue(r.buttons().stream().anyMatch(b -> b.entryId().equals("legality")));
    }

    @Test
    void aQuestionNoTopicMatchesStillGetsTheSuicidePreventionLineInItsBody() {
        // Despair said in words no rule knows lands here: the body itself, not only the footer, names 109.
        for (String q : new String[] {"recommend me a movie", "오늘 날씨 어때"}) {
            Reply r = bot.ask(q).reply();
            assertEquals(ReplyKind.FALLBACK, r.kind(), q);
            assertTrue(r.body().contains("109"), r.body());
        }
    }

    @Test
    void closeCallSaysSoAndOffersTheRunnerUpFirst() {
        Reply r = bot.ask("is a scam legal").reply();
        assertEquals(Optional.of("legality"), r.entryId());
        assertEquals(List.of("scams"), r.alternatives());
        assertTrue(r.body().contains("Not quite what you asked?"), r.body());
        assertEquals("scams", r.buttons().get(0).entryId());
    }

    @Test
    void forcedLanguageWinsOverTheQuestionsScript() {
        Reply r = bot.ask(new Question("불법인가요?", Optional.of(Lang.EN), Lang.EN)).reply();
        assertEquals(Lang.EN, r.lang());
        assertTrue(r.body().startsWith("Is it legal?"), r.body());
    }

    @Test
    void buttonForAStaleTopicFallsBackToTheTopicList() {
        Reply r = bot.entry("no-such-topic", Lang.EN);
        assertEquals(ReplyKind.TOPICS, r.kind());
        assertEquals(2, r.buttons().size());
    }
}
