package faqbot.config;

import faqbot.faq.Lang;
import java.util.Locale;
import java.util.Optional;

/** A reply-language choice, {@code auto}/{@code en}/{@code ko}, shared by the config default and per-group settings. */
public enum LangMode {
    AUTO, EN, KO;

    /** The language this choice imposes on replies; empty for {@code auto} (Hangul decides). */
    public Optional<Lang> forced() {
        return switch (this) {
            case AUTO -> Optional.empty();
            case EN -> Optional.of(Lang.EN);
            case KO -> Optional.of(Lang.KO);
        };
    }

    /** The lowercase word used in files, env vars and commands, e.g. {@code "auto"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses exactly {@code auto}, {@code en} or {@code ko} (any case, spaces ignored); unlike
     * {@link Lang#fromCode} it refuses "english" or "ko-KR", because a setting should be typed exactly.
     */
    public static Optional<LangMode> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> Optional.of(AUTO);
            case "en" -> Optional.of(EN);
            case "ko" -> Optional.of(KO);
            default -> Optional.empty();
        };
    }
}
