package faqbot.inline;

import faqbot.faq.Lang;
import faqbot.reply.Reply;
import java.util.Objects;

/**
 * One choice in the inline results list; the reply is what gets posted when it is picked, so it
 * carries the full answer and both warnings like any other message.
 *
 * @param id          unique within one answer and at most 64 bytes, e.g. "fees:en"; also tells the chosen-result counter the entry
 * @param entryId     the FAQ entry, e.g. "fees"
 * @param title       shown in the list, e.g. "What does cashing out cost?"
 * @param description a preview line under the title, e.g. "Much more than it looks. Regulators…"
 * @param reply       the message posted when the result is picked
 */
public record InlineResult(String id, String entryId, String title, String description, Reply reply) {
    public InlineResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reply, "reply");
    }

    /** The result id for an entry in a language, e.g. "fees:en". */
    static String idOf(String entryId, Lang lang) {
        return entryId + ":" + lang.code();
    }

    /** The entry id inside a result id Telegram hands back for a chosen result; empty for anything that is not ours. */
    public static java.util.Optional<String> entryOf(String resultId) {
        if (resultId == null) {
            return java.util.Optional.empty();
        }
        int colon = resultId.lastIndexOf(':');
        return colon > 0 ? java.util.Optional.of(resultId.substring(0, colon)) : java.util.Optional.empty();
    }
}
