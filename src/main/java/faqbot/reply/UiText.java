package faqbot.reply;

import faqbot.faq.Lang;
import faqbot.text.Messages;

/** The bot's own sentences (greeting, help, fallback) from the message catalog, assembled where they depend on the chat. */
final class UiText {
    private UiText() {
    }

    private static String text(Lang lang, String key, Object... args) {
        return Messages.bundled().get(lang, key, args);
    }

    static String start(Lang lang) {
        return text(lang, "reply.start");
    }

    static String howToAsk(Lang lang, String botUsername) {
        return botUsername == null || botUsername.isBlank() ? text(lang, "reply.howToAsk") : text(lang, "reply.howToAsk.mention", "@" + botUsername);
    }

    static String help(Lang lang, String botUsername) {
        String group = botUsername == null || botUsername.isBlank() ? "" : text(lang, "reply.help.group", "@" + botUsername);
        return text(lang, "reply.help.intro") + group + text(lang, "reply.help.buttons");
    }

    static String topicsHeader(Lang lang) {
        return text(lang, "reply.topics.header");
    }

    static String topicsPick(Lang lang) {
        return text(lang, "reply.topics.pick");
    }

    static String fallbackIntro(Lang lang) {
        return text(lang, "reply.fallback.intro");
    }

    static String maybe(Lang lang) {
        return text(lang, "reply.fallback.maybe");
    }

    static String didYouMean(Lang lang) {
        return text(lang, "reply.didYouMean");
    }

    static String hint(Lang lang) {
        return text(lang, "reply.hint");
    }
}
