package faqbot.faq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads faq/concepts.json strictly, each problem named by file, concept and field, because a typo
 * in a shared concept silently weakens every entry that uses it.
 */
final class VocabularyReader {
    static final String FILE = "concepts.json";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of("kind", "about", "en", "ko");

    private VocabularyReader() {
    }

    /** The vocabulary in {@code file}; an FAQ without the file has no concepts (its rules use words only). */
    static Vocabulary read(ObjectMapper mapper, Path file, List<FaqProblem> problems) {
        if (!Files.exists(file)) {
            return Vocabulary.EMPTY;
        }
        JsonNode root = FaqLoader.readJson(mapper, file, FILE, problems);
        if (root == null) {
            return Vocabulary.EMPTY;
        }
        List<Concept> concepts = new ArrayList<>();
        Map<String, String> conceptOfForm = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            concept(e.getKey(), e.getValue(), conceptOfForm, problems).ifPresent(concepts::add);
        }
        if (concepts.isEmpty() && problems.isEmpty()) {
            problems.add(new FaqProblem(FILE, "", "", "no concepts: add at least one, or delete the file"));
        }
        return new Vocabulary(concepts);
    }

    private static Optional<Concept> concept(String id, JsonNode n, Map<String, String> conceptOfForm, List<FaqProblem> problems) {
        JsonFields f = new JsonFields(FILE, id, problems);
        int before = problems.size();
        if (!ID.matcher(id).matches()) {
            f.add("", "concept id '" + id + "' must be lowercase letters, digits and single dashes");
        }
        if (n == null || !n.isObject()) {
            f.add("", "must be an object with kind, en and ko");
            return Optional.empty();
        }
        f.unknown(n, "", FIELDS);
        JsonNode k = n.get("kind");
        Optional<ConceptKind> kind = k != null && k.isTextual() ? ConceptKind.of(k.asText()) : Optional.empty();
        if (kind.isEmpty()) {
            f.add("kind", "missing or unknown (one of domain, topic, context, cue, outside)");
        }
        Map<Lang, List<String>> forms = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<String> list = f.strings(n, lang.code(), false);
            if (list == null) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                String form = list.get(i);
                String where = lang.code() + "[" + i + "]";
                String problem = TermSyntax.problem(form);
                if (problem != null) {
                    f.add(where, "form '" + form + "': " + problem);
                    continue;
                }
                String other = conceptOfForm.putIfAbsent(form.toLowerCase(Locale.ROOT), id);
                if (other != null) {
                    // One form in two concepts would make a hit ambiguous; say which concept owns it.
                    f.add(where, "form '" + form + "' is already in concept '" + other + "'");
                }
            }
            forms.put(lang, list);
        }
        if (forms.values().stream().allMatch(List::isEmpty)) {
            f.add("en", "no surface forms: list the words in en and/or ko");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Concept(id, kind.orElseThrow(), forms));
    }
}
