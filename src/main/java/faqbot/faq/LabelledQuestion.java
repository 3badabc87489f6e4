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
 * @param source    where it came from, for messages, e.g. "questions/batch-a.jsonl:12"
 * @param confirmed whether it is in {@link #CONFIRMED_FILE}, where a maintainer's labels of real missed
 *                  questions go: the model counts such a line like an entry's example, three times, since
 *                  one line among tens of thousands would barely move it
 */
public record LabelledQuestion(String text, Optional<String> entryId, String source, boolean confirmed) {
    /** The file of {@code faq/questions/} that {@code faqbot suggest label} writes to. */
    public static final String CONFIRMED_FILE = "learned.jsonl";

    public LabelledQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(source, "source");
    }
}
