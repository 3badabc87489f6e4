package faqbot.telegram;

import faqbot.core.FaqBot;
import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.Lang;
import faqbot.faq.LocalizedText;
import faqbot.telegram.format.TelegramHtml;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the end-to-end tests of issue 12 build beyond the test FAQ: an answer too long for one message, a rendered title. */
final class ExperienceFixtures {
    private ExperienceFixtures() {
    }

    /** The HTML-escaped English title of an entry, as the bot puts it in bold. */
    static String htmlTitle(FaqBot core, String id) {
        return TelegramHtml.escape(core.faq().expect(id).text(Lang.EN).title());
    }

    /**
     * The core with one entry's answer lengthened past Telegram's limit; built directly, since the
     * loader rightly refuses such an answer, to prove the splitting end to end.
     */
    static FaqBot withLongAnswer(FaqBot core, String id, String extra) {
        Entry e = core.faq().expect(id);
        Map<Lang, LocalizedText> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            LocalizedText t = e.text(lang);
            texts.put(lang, new LocalizedText(t.title(), t.answer() + "\n\n" + extra, t.examples()));
        }
        List<Entry> entries = new ArrayList<>(core.faq().entries());
        entries.replaceAll(x -> x.id().equals(id) ? new Entry(e.id(), e.section(), e.order(), texts, e.rules(), e.related(), e.urgent()) : x);
        return new FaqBot(new Faq(entries, core.faq().warnings(), core.faq().vocabulary(), "long"));
    }
}
