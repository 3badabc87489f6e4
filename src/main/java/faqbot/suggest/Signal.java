package faqbot.suggest;

import faqbot.faq.Lang;
import java.util.Objects;
import java.util.Optional;

/**
 * One question that tells the FAQ something is missing, whatever store it came from.
 *
 * @param question the question, personal data already masked, e.g. "is paypal legit"
 * @param lang     its language, e.g. EN
 * @param kind     why it counts
 * @param entryId  the nearest entry for a miss or close call, or the entry that did not help, e.g. "online-platforms"
 */
public record Signal(String question, Lang lang, Kind kind, Optional<String> entryId) {
    /** Why a question is a signal. */
    public enum Kind {
        /** Nothing matched well enough. */
        UNANSWERED,
        /** Answered, but the runner-up was near. */
        CLOSE_CALL,
        /** Answered, and the reader pressed 👎. */
        UNHELPFUL
    }

    public Signal {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
    }
}
