package faqbot.faq;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, validated FAQ: entries in topic order plus the warnings; immutable, so one instance can
 * serve many threads and be swapped whole on reload.
 *
 * @param entries  entries sorted by order, then id
 * @param warnings   the warnings appended to every reply
 * @param vocabulary the shared concepts the entries' rules refer to
 * @param questions  labelled questions the question model learns from ({@code faq/questions/}); may be empty
 * @param source   where it was loaded from, for messages, e.g. "faq" or "jar:faq"
 */
public record Faq(List<Entry> entries, Warnings warnings, Vocabulary vocabulary, List<LabelledQuestion> questions, String source) {
    public Faq {
        entries = Objects.requireNonNull(entries, "entries").stream()
                .sorted(Comparator.comparingInt(Entry::order).thenComparing(Entry::id))
                .toList();
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(vocabulary, "vocabulary");
        questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
        Objects.requireNonNull(source, "source");
    }

    /** An FAQ without labelled questions: answered by the keyword rules alone. */
    public Faq(List<Entry> entries, Warnings warnings, Vocabulary vocabulary, String source) {
        this(entries, warnings, vocabulary, List.of(), source);
    }

    public Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Like {@link #find} but for ids known to exist (validated {@code related} ids). */
    public Entry expect(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no FAQ entry with id " + id));
    }

    public Map<String, Entry> byId() {
        Map<String, Entry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.id(), e));
        return m;
    }
}
