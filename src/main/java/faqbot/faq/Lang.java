package faqbot.faq;

import java.util.Locale;
import java.util.Optional;

/** The two languages the FAQ is written in; every text the bot shows exists in both. */
public enum Lang {
    EN, KO;

    /** The lowercase code used in JSON files and the {@code ask --json} contract, e.g. {@code "ko"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code en}/{@code ko} (any case, surrounding spaces ignored); empty for anything else. */
    public static Optional<Lang> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        // Telegram's language_code can be a full tag such as "ko-KR".
        if (c.startsWith("ko")) {
            return Optional.of(KO);
        }
        if (c.startsWith("en")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }
}
