package faqbot.faq;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One idea of the shared vocabulary with every way people write it, so that entries name the idea
 * once instead of each repeating the same words.
 *
 * @param id    stable id that entries reference as {@code @id}, e.g. "fee"
 * @param kind  what the concept says about a question
 * @param forms surface forms per language, e.g. en ["fee", "commission", "the cut"], ko ["수수료", "몇프로"]
 */
public record Concept(String id, ConceptKind kind, Map<Lang, List<String>> forms) {
    public Concept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Map<Lang, List<String>> copy = new EnumMap<>(Lang.class);
        Objects.requireNonNull(forms, "forms").forEach((l, f) -> copy.put(l, List.copyOf(f)));
        forms = Map.copyOf(copy);
    }

    /** Every surface form, English first; the matcher applies both languages to every question. */
    public List<String> allForms() {
        return forms.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
