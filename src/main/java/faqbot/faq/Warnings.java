package faqbot.faq;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The legality and scam warnings that end every reply, so nobody leaves without them.
 *
 * @param legal per language, e.g. "⚠️ In South Korea, running ... is a crime ..."
 * @param scam  per language, e.g. "⚠️ Scams: up-front fees ... 1332 / 112 / 118"
 */
public record Warnings(Map<Lang, String> legal, Map<Lang, String> scam) {
    public Warnings {
        legal = Map.copyOf(new EnumMap<>(Objects.requireNonNull(legal, "legal")));
        scam = Map.copyOf(new EnumMap<>(Objects.requireNonNull(scam, "scam")));
    }

    /** Both warnings in {@code lang}, as one block to append to a reply. */
    public String block(Lang lang) {
        return legal.get(lang) + "\n" + scam.get(lang);
    }
}
