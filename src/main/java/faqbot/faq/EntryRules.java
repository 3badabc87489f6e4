package faqbot.faq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one entry is recognised, in one block for both languages (see docs/faq-format.md). A rule
 * term is either a concept reference ({@code @fee}) or, rarely, a word of the entry's own.
 *
 * @param needs  terms of which at least one must be found, each with its weight 1..3, e.g. {"@fee": 3}
 * @param helps  terms that add their weight 1..3 when found, e.g. {"@cash-out": 1, "@how-much": 1}
 * @param unless terms that rule the entry out, the exception, e.g. ["@cash-out"]
 */
public record EntryRules(Map<String, Integer> needs, Map<String, Integer> helps, List<String> unless) {
    /** Concept references start with this character. */
    public static final String CONCEPT_PREFIX = "@";
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 3;

    public EntryRules {
        // Insertion order is kept so that scoring and messages are deterministic.
        needs = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(needs, "needs")));
        helps = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(helps, "helps")));
        unless = List.copyOf(Objects.requireNonNull(unless, "unless"));
    }

    /** How many rule terms the entry has; a concept reference counts as one. */
    public int termCount() {
        return needs.size() + helps.size() + unless.size();
    }

    public static boolean isConcept(String term) {
        return term.startsWith(CONCEPT_PREFIX);
    }

    public static String conceptId(String term) {
        return term.substring(CONCEPT_PREFIX.length());
    }
}
