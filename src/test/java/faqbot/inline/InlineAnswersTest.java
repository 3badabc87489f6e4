package faqbot.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InlineAnswersTest {
    private static Faq faq;
    private static FaqBot bot;

    @BeforeAll
    static void load() throws Exception {
        faq = new FaqLoader().load(Path.of("faq"));
        bot = new FaqBot(faq);
    }

    private static void assertEveryResultCarriesTheFullAnswerAndBothWarnings(InlineAnswer a, Lang lang) {
        assertFalse(a.results().isEmpty());
        assertTrue(a.results().size() <= InlineAnswers.MAX_RESULTS);
        assertEquals(a.results().size(), new HashSet<>(a.results().stream().map(InlineResult::id).toList()).size(), "ids unique");
        for (InlineResult r : a.results()) {
            assertEquals(lang, r.reply().lang(), r.id());
            String text = r.reply().text();
            assertTrue(text.contains(faq.expect(r.entryId()).text(lang).answer()), r.id() + " carries the full answer");
            assertTrue(text.contains(faq.warnings().legal().get(lang)) && text.contains(faq.warnings().scam().get(lang)), r.id());
            assertTrue(r.id().getBytes(StandardCharsets.UTF_8).length <= 64, r.id());
            assertEquals(Optional.of(r.entryId()), InlineResult.entryOf(r.id()));
        }
    }

    @Test
    void anEnglishQueryPutsTheBestMatchFirstInEnglish() {
        InlineAnswer a = InlineAnswers.answer(bot, "what fee do they charge", Lang.KO);
        assertEquals("fees", a.results().get(0).entryId());
        assertTrue(a.matched());
        assertFalse(a.personal(), "the answer depends only on the query, so Telegram may share it");
        assertEveryResultCarriesTheFullAnswerAndBothWarnings(a, Lang.EN);
    }

    @Test
    void aKoreanQueryIsAnsweredInKoreanWhateverThePersonsTelegramLanguage() {
        InlineAnswer a = InlineAnswers.answer(bot, "수수료 몇 프로 떼가요", Lang.EN);
        assertEquals("fees", a.results().get(0).entryId());
        assertEveryResultCarriesTheFullAnswerAndBothWarnings(a, Lang.KO);
    }

    @Test
    void anEmptyQueryOffersTheMainTopicsInThePersonsLanguageAndIsNotShared() {
        InlineAnswer ko = InlineAnswers.answer(bot, "  ", Lang.KO);
        assertEquals(InlineAnswers.MAIN_TOPICS, ko.results().stream().map(InlineResult::entryId).toList());
        assertTrue(ko.personal());
        assertFalse(ko.matched());
        assertEveryResultCarriesTheFullAnswerAndBothWarnings(ko, Lang.KO);
        assertEveryResultCarriesTheFullAnswerAndBothWarnings(InlineAnswers.answer(bot, "", Lang.EN), Lang.EN);
    }

    @Test
    void anOffTopicQueryStillGetsTopicsNeverAnEmptyList() {
        for (String q : List.of("best pizza in town", "ㅋㅋㅋ", "\u0000\uD800", "x".repeat(5000))) {
            InlineAnswer a = InlineAnswers.answer(bot, q, Lang.EN);
            assertEquals(InlineAnswers.MAX_RESULTS, a.results().size(), q);
            assertFalse(a.matched(), q);
        }
        assertEveryResultCarriesTheFullAnswerAndBothWarnings(InlineAnswers.answer(bot, "best pizza in town", Lang.KO), Lang.EN);
    }

    @Test
    void resultIdsThatAreNotOursNameNoEntry() {
        assertEquals(Optional.empty(), InlineResult.entryOf("nocolon"));
        assertEquals(Optional.empty(), InlineResult.entryOf(null));
    }
}
