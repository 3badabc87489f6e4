package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.inline.InlineAnswer;
import faqbot.inline.InlineAnswers;
import faqbot.inline.InlineResult;
import faqbot.telegram.format.HtmlSplitter;
import faqbot.telegram.format.StrictTelegramHtml;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person in crisis who uses the bot inline gets the crisis lines, 109 first, in the posted HTML message itself. */
class CrisisInlineTest {
    private static FaqBot bot;

    @BeforeAll
    static void load() throws Exception {
        bot = new FaqBot(new FaqLoader().load(Path.of("faq")));
    }

    private static void assertCrisisFirstWith109(String query, Lang lang) {
        InlineAnswer a = InlineAnswers.answer(bot, query, Lang.EN);
        InlineResult first = a.results().get(0);
        assertEquals("crisis", first.entryId(), query);
        assertEquals(lang, first.reply().lang());
        HtmlSplitter.Part part = HtmlSplitter.single(Renderer.rich(first.reply()));
        String shown = StrictTelegramHtml.parse(part.html());
        assertTrue(shown.contains("109"), "109 in the posted message: " + shown);
        assertTrue(part.plain().contains("109"), "and in the plain-text fallback");
        assertTrue(shown.contains(bot.faq().warnings().legal().get(lang)) && shown.contains(bot.faq().warnings().scam().get(lang)), shown);
    }

    @Test
    void anEnglishCrisisQueryPostsTheCrisisLinesWith109() {
        assertCrisisFirstWith109("I can't take it anymore, I want to end my life", Lang.EN);
    }

    @Test
    void aKoreanCrisisQueryPostsTheCrisisLinesWith109() {
        assertCrisisFirstWith109("소액결제 빚 때문에 그냥 죽고싶어요", Lang.KO);
    }
}
