package faqbot.store;

import faqbot.config.LangMode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chat's admins chose for the bot in that chat, so each group decides how talkative the
 * bot is and in which language it answers.
 *
 * @param lang          the chat's reply language, e.g. KO; empty means the bot's configured default
 * @param listen        whether the bot may answer clear questions nobody addressed to it, e.g. false
 * @param logUnanswered whether this chat's unmatched questions may go to the unanswered log, e.g. true (opt-out)
 */
public record GroupSettings(Optional<LangMode> lang, boolean listen, boolean logUnanswered) {
    /** A chat nobody configured: bot default language, listen mode off, unanswered questions logged. */
    public static final GroupSettings DEFAULTS = new GroupSettings(Optional.empty(), false, true);

    public GroupSettings {
        Objects.requireNonNull(lang, "lang");
    }

    public GroupSettings withLang(LangMode mode) {
        return new GroupSettings(Optional.of(mode), listen, logUnanswered);
    }

    public GroupSettings withListen(boolean on) {
        return new GroupSettings(lang, on, logUnanswered);
    }

    public GroupSettings withLogUnanswered(boolean on) {
        return new GroupSettings(lang, listen, on);
    }

    /** The language to use in this chat: its own choice, else the bot's default (e.g. from config). */
    public LangMode effectiveLang(LangMode botDefault) {
        return lang.orElse(Objects.requireNonNull(botDefault, "botDefault"));
    }
}
