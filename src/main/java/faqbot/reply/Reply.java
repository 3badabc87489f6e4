package faqbot.reply;

import faqbot.faq.Lang;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a front end needs to show one reply; the warnings are a separate field so no front end
 * can forget them: {@link #text()} always includes them.
 *
 * @param lang         language of the reply
 * @param kind         what the reply is
 * @param entryId      the entry answered, for answers
 * @param score        the match score, 0 when no matching was involved
 * @param body         what the reply says, without warnings
 * @param warnings     the legality and scam warnings in {@code lang}
 * @param buttons      follow-ups to offer, in order
 * @param alternatives "did you mean" ids (a subset of the buttons' ids)
 * @param full         {@code body} and {@code warnings} joined, prepared once so a reply copies no text
 */
public record Reply(Lang lang, ReplyKind kind, Optional<String> entryId, double score, String body,
                    String warnings, List<Button> buttons, List<String> alternatives, ReplyText full) {
    public Reply(Lang lang, ReplyKind kind, Optional<String> entryId, double score, String body,
                 String warnings, List<Button> buttons, List<String> alternatives) {
        this(lang, kind, entryId, score, body, warnings, buttons, alternatives, ReplyText.of(body, warnings));
    }

    public Reply {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(warnings, "warnings");
        buttons = List.copyOf(buttons);
        alternatives = List.copyOf(alternatives);
        if (warnings.isBlank()) {
            throw new IllegalArgumentException("warnings must not be blank: every reply carries them");
        }
        Objects.requireNonNull(full, "full");
        if (!full.joins(body, warnings)) {
            throw new IllegalArgumentException("full text must be this body with these warnings");
        }
    }

    /** The full text a person reads: the body, then the warnings. */
    public String text() {
        return full.toString();
    }
}
