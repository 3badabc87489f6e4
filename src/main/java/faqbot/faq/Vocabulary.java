package faqbot.faq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared concept vocabulary (faq/concepts.json): the one place where words, spellings and
 * both languages are listed, so entries stay short and a new synonym helps every entry at once.
 *
 * @param concepts the concepts in file order
 */
public record Vocabulary(List<Concept> concepts) {
    public static final Vocabulary EMPTY = new Vocabulary(List.of());

    public Vocabulary {
        concepts = List.copyOf(Objects.requireNonNull(concepts, "concepts"));
    }

    public Optional<Concept> find(String id) {
        return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Map<String, Concept> byId() {
        Map<String, Concept> m = new LinkedHashMap<>();
        concepts.forEach(c -> m.put(c.id(), c));
        return m;
    }
}
