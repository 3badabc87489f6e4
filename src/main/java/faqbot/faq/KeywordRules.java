package faqbot.faq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The keyword rules of one entry in one language (see docs/faq-format.md).
 *
 * @param require terms of which at least one must be found, e.g. ["fee", "commission"]; empty = no requirement
 * @param prefer  term to weight, e.g. {"fee": 3.0, "hidden charge": 3.0}
 * @param exclude terms that disqualify the entry, e.g. ["scam*"]
 */
public record KeywordRules(List<String> require, Map<String, Double> prefer, List<String> exclude) {
    public static final KeywordRules NONE = new KeywordRules(List.of(), Map.of(), List.of());

    public KeywordRules {
        require = List.copyOf(Objects.requireNonNull(require, "require"));
        // Insertion order is kept so that scoring and error messages are deterministic.
        prefer = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(prefer, "prefer")));
        exclude = List.copyOf(Objects.requireNonNull(exclude, "exclude"));
    }

    public boolean isEmpty() {
        return require.isEmpty() && prefer.isEmpty() && exclude.isEmpty();
    }
}
