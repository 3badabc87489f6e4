package faqbot.feedback;

import faqbot.faq.Lang;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A question whose answer a reader marked unhelpful, kept (masked, without who or where) so the
 * suggestion miner can find what the FAQ should have answered instead.
 *
 * @param minute   when, to the minute, e.g. 2026-11-23T20:16:00Z
 * @param lang     the answer's language, e.g. KO
 * @param question the question as asked, personal data masked, e.g. "is paypal legit"
 * @param shown    the entry that was shown and did not help, e.g. "online-platforms"
 */
public record UnhelpfulQuestion(Instant minute, Lang lang, String question, String shown) {
    public UnhelpfulQuestion {
        minute = Objects.requireNonNull(minute, "minute").truncatedTo(ChronoUnit.MINUTES);
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(shown, "shown");
    }
}
