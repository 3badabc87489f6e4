package faqbot.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Field readers that record a located problem instead of throwing, so one pass over the FAQ finds every problem. */
final class JsonFields {
    private final String file;
    private final String id;
    private final List<FaqProblem> problems;

    JsonFields(String file, String id, List<FaqProblem> problems) {
        this.file = file;
        this.id = id;
        this.problems = problems;
    }

    void add(String field, String message) {
        problems.add(new FaqProblem(file, id, field, message));
    }

    private static JsonNode at(JsonNode parent, String path) {
        return parent.get(path.substring(path.lastIndexOf('.') + 1));
    }

    void unknown(JsonNode node, String prefix, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                add(prefix + n, "unknown field (expected one of " + known.stream().sorted().toList() + ")");
            }
        }
    }

    String text(JsonNode parent, String path, int maxChars) {
        JsonNode n = at(parent, path);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            add(path, "missing or empty text");
            return null;
        }
        String s = n.asText().strip();
        if (s.length() > maxChars) {
            add(path, "too long: " + s.length() + " characters, at most " + maxChars);
            return null;
        }
        return s;
    }

    List<String> strings(JsonNode parent, String path, boolean required) {
        JsonNode n = at(parent, path);
        if (n == null) {
            if (required) {
                add(path, "missing (a list of strings)");
                return null;
            }
            return List.of();
        }
        if (!n.isArray()) {
            add(path, "must be a list of strings");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                add(path + "[" + i + "]", "must be a non-empty string");
                return null;
            }
            out.add(item.asText().strip());
        }
        return out;
    }

    Map<Lang, String> perLanguage(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || !n.isObject()) {
            add(field, "missing (an object with en and ko texts)");
            return null;
        }
        unknown(n, field + ".", Set.of("en", "ko"));
        Map<Lang, String> out = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String s = text(n, field + "." + lang.code(), 600);
            if (s != null) {
                out.put(lang, s);
            }
        }
        return out.size() == Lang.values().length ? out : null;
    }

    /** Reads an entry's rule block; concept references are checked against {@code vocabulary}. */
    EntryRules rules(JsonNode n, Vocabulary vocabulary) {
        if (n == null || !n.isObject()) {
            add("rules", "missing (an object with needs, helps, unless)");
            return null;
        }
        unknown(n, "rules.", RULE_FIELDS);
        Map<String, Integer> needs = weights(n, "rules.needs", vocabulary);
        Map<String, Integer> helps = weights(n, "rules.helps", vocabulary);
        List<String> unless = strings(n, "rules.unless", false);
        if (needs == null || helps == null || unless == null) {
            return null;
        }
        for (int i = 0; i < unless.size(); i++) {
            term(unless.get(i), "rules.unless[" + i + "]", vocabulary);
        }
        if (needs.isEmpty()) {
            add("rules.needs", "empty: name at least one concept or word the question must contain");
            return null;
        }
        for (String t : helps.keySet()) {
            if (needs.containsKey(t)) {
                // A term is written once: a needed term already adds its weight.
                add("rules.helps." + t, "already in needs; write each term once");
            }
        }
        return new EntryRules(needs, helps, unless);
    }

    private static final Set<String> RULE_FIELDS = Set.of("needs", "helps", "unless");

    private Map<String, Integer> weights(JsonNode parent, String path, Vocabulary vocabulary) {
        JsonNode n = at(parent, path);
        if (n == null) {
            return Map.of();
        }
        if (!n.isObject()) {
            add(path, "must be an object of term to weight, e.g. {\"@fee\": 3}");
            return null;
        }
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String term = e.getKey().strip();
            JsonNode w = e.getValue();
            if (!w.isIntegralNumber() || w.intValue() < EntryRules.MIN_WEIGHT || w.intValue() > EntryRules.MAX_WEIGHT) {
                add(path + "." + term, "weight must be 1, 2 or 3 (1 = context, 2 = strong hint, 3 = says the topic alone)");
                continue;
            }
            if (term(term, path + "." + term, vocabulary)) {
                out.put(term, w.intValue());
            }
        }
        return out;
    }

    /** Checks one rule term; false (with a problem recorded) when it cannot be used. */
    boolean term(String term, String path, Vocabulary vocabulary) {
        if (EntryRules.isConcept(term)) {
            String cid = EntryRules.conceptId(term);
            if (vocabulary.find(cid).isEmpty()) {
                add(path, "unknown concept '" + cid + "' (not in concepts.json)");
                return false;
            }
            return true;
        }
        String problem = TermSyntax.problem(term);
        if (problem != null) {
            add(path, "term '" + term + "': " + problem);
            return false;
        }
        return true;
    }
}
