package faqbot.faq;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One FAQ entry: what it says in each language, the rules that select it, and where to go next.
 *
 * @param id      stable id used by buttons, logs and eval sets, e.g. "legality"
 * @param section guide section it is built from, or "safety", e.g. "Precautions: 1. Check Legality"
 * @param order   position in topic lists, smaller first, e.g. 100
 * @param texts   title, answer and examples per language (both languages present)
 * @param rules   the rules that select it, one block for both languages
 * @param related ids of follow-up entries, e.g. ["scams", "get-help"]
 * @param urgent  for a person in danger (the crisis entry): when it matches it wins over every other
 *                entry, and no flood limit or listen-mode cooldown holds its reply back
 * @param rulesFirst when its rules pick it, they decide whatever the question model thinks: for the
 *                entries a wrong guess would make unsafe (the refusal to explain evasion); urgent implies it
 * @param rulesFirstDoubt how far below its own pick the question model must score this entry for a
 *                rules_first pick to yield to the model, e.g. 1.0
 */
public record Entry(String id, String section, int order, Map<Lang, LocalizedText> texts,
                    EntryRules rules, List<String> related, boolean urgent, boolean rulesFirst, double rulesFirstDoubt) {
    /**
     * A rules_first pick yields when the model scores it this far below its own pick: "what age should kids
     * get a phone" names a minor but asks nothing the minors' answer gives. At 1.0 every evasion, minor and
     * parent line of the safety set keeps its entry (at 0.5 one evasion line did not; docs/benchmarks.md).
     */
    public static final double DEFAULT_RULES_FIRST_DOUBT = 1.0;

    public Entry {
        if (!(rulesFirstDoubt > 0)) {
            throw new IllegalArgumentException("rulesFirstDoubt must be positive: " + rulesFirstDoubt);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        texts = Map.copyOf(new EnumMap<>(Objects.requireNonNull(texts, "texts")));
        Objects.requireNonNull(rules, "rules");
        related = List.copyOf(Objects.requireNonNull(related, "related"));
    }

    /** An entry whose rules come first only if it is urgent. */
    public Entry(String id, String section, int order, Map<Lang, LocalizedText> texts,
                 EntryRules rules, List<String> related, boolean urgent) {
        this(id, section, order, texts, rules, related, urgent, urgent, DEFAULT_RULES_FIRST_DOUBT);
    }

    /** An ordinary entry: most are not urgent. */
    public Entry(String id, String section, int order, Map<Lang, LocalizedText> texts,
                 EntryRules rules, List<String> related) {
        this(id, section, order, texts, rules, related, false, false, DEFAULT_RULES_FIRST_DOUBT);
    }

    /** The text in {@code lang}; both languages are guaranteed by the loader. */
    public LocalizedText text(Lang lang) {
        LocalizedText t = texts.get(lang);
        if (t == null) {
            throw new IllegalStateException("entry " + id + " has no " + lang.code() + " text");
        }
        return t;
    }

}
