package faqbot.telegram;

import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.telegram.format.TelegramHtml;

/** The HTML-escaped English title of an entry, as the bot renders it in bold. */
final class TelegramHtmlTitle {
    private TelegramHtmlTitle() {
    }

    static String of(FaqBot core, String id) {
        return TelegramHtml.escape(core.faq().expect(id).text(Lang.EN).title());
    }
}
