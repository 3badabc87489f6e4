package faqbot.faq;

import java.util.Locale;
import java.util.Optional;

/** What a concept says about a question, because the matcher treats a subject, a way of asking and a foreign subject differently. */
public enum ConceptKind {
    /** The bot's own subject (cash-out, carrier billing): its presence overrides an {@link #OUTSIDE} concept. */
    DOMAIN,
    /**
     * A topic inside the subject (fee, scam, limit, friend or family, ...). A topic found in a
     * question that an entry's rules do not mention costs that entry one point, so the entry that
     * accounts for more of the question wins without entries having to exclude each other.
     */
    TOPIC,
    /** Context that says little alone (the phone, the bill, urgency): weighs like a topic, costs nothing when unmentioned. */
    CONTEXT,
    /** A question-kind cue (what is, why, how, how much, who to call, ...), which tells apart entries on one topic. */
    CUE,
    /** A sign the question is about something else (stocks, a Netflix refund): no entry matches unless a DOMAIN concept is also there. */
    OUTSIDE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ConceptKind> of(String code) {
        for (ConceptKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
