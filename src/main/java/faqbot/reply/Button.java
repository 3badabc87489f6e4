package faqbot.reply;

import java.util.Objects;

/**
 * A follow-up a person can tap; front ends render it as they can (inline keyboard, numbered list).
 *
 * @param entryId the entry it opens, e.g. "scams" (also the Telegram callback data)
 * @param label   the entry's title in the reply's language, e.g. "How do the scams work?"
 */
public record Button(String entryId, String label) {
    public Button {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(label, "label");
    }
}
