package faqbot.faq;

import java.util.Objects;
import java.util.Optional;

/**
 * A question as people really ask it, with the entry that should answer it: the question model
 * learns from these, so adding a line to {@code faq/questions/} is how a maintainer teaches the bot
 * a new way of asking.
 *
 * @param text    the question, e.g. "폰으로 결제하고 돈 받는 거 그거 머임"
 * @param entryId the entry that answers it, empty for a question the FAQ does not answer
 * @param source  where it came from, for messages, e.g. "questions/batch-a.jsonl:12"
 */
public record LabelledQuestion(String text, Optional<String> entryId, String source) {
    public LabelledQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(source, "source");
    }
}
