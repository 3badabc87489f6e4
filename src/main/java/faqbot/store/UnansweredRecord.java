package faqbot.store;

import faqbot.core.ChatKind;
import faqbot.faq.Lang;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the unanswered log: what was asked and how close the FAQ came, and deliberately
 * nothing about who asked or where, so the log can be shared with FAQ writers.
 *
 * @param minute    when, truncated to the minute, e.g. 2026-11-23T20:16:00Z
 * @param lang      the reply language, e.g. EN
 * @param chat      the kind of chat, e.g. GROUP
 * @param question  the question with numbers, handles, e-mails and links masked, at most {@link UnansweredLog#MAX_QUESTION_CHARS} characters, e.g. "is paypal legit??"
 * @param candidate the best-scoring entry even below the threshold, e.g. "paypal"; empty when nothing scored
 * @param score     that entry's score, e.g. 1.5; 0 when nothing scored
 * @param closeCall true for a close call (answered, but the runner-up was near), false for no match
 */
public record UnansweredRecord(Instant minute, Lang lang, ChatKind chat, String question, Optional<String> candidate,
                               double score, boolean closeCall) {
    public UnansweredRecord {
        minute = Objects.requireNonNull(minute, "minute").truncatedTo(ChronoUnit.MINUTES);
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(candidate, "candidate");
        if (!Double.isFinite(score) || score < 0) {
            throw new IllegalArgumentException("score must be a finite number >= 0, was " + score);
        }
    }
}
