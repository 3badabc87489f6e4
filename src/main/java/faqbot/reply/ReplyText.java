package faqbot.reply;

import java.util.Objects;

/**
 * A reply's full text (body, then the warnings), joined once: the composer prepares one per entry
 * and language when the FAQ loads, so answering a question copies no text.
 */
public final class ReplyText {
    private final String body;
    private final String warnings;
    private final String text;

    private ReplyText(String body, String warnings) {
        this.body = Objects.requireNonNull(body, "body");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.text = body.isEmpty() ? warnings : body + "\n\n" + warnings;
    }

    /** The text a person reads for this body and these warnings. */
    public static ReplyText of(String body, String warnings) {
        return new ReplyText(body, warnings);
    }

    /** Whether this is the text of exactly this body and these warnings (cheap when they are the same strings). */
    boolean joins(String body, String warnings) {
        return this.body.equals(body) && this.warnings.equals(warnings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplyText t && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
