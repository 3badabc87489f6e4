package faqbot.match;

import faqbot.faq.Lang;
import java.util.Objects;
import java.util.Optional;

/**
 * A question as a front end hands it to the core.
 *
 * @param text     what the person typed, untrusted and possibly empty, e.g. "is this legal?"
 * @param forced   a language imposed by the caller (a group setting, {@code --lang}), else empty
 * @param fallback the reply language when the text has no Hangul, e.g. KO for a user whose Telegram is Korean
 */
public record Question(String text, Optional<Lang> forced, Lang fallback) {
    public Question {
        text = text == null ? "" : text;
        Objects.requireNonNull(forced, "forced");
        Objects.requireNonNull(fallback, "fallback");
    }

    /** A question with the default language policy: Korean if it has Hangul, else English. */
    public static Question of(String text) {
        return new Question(text, Optional.empty(), Lang.EN);
    }
}
