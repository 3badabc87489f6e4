package faqbot.suggest;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.faq.Concept;
import faqbot.faq.Entry;
import faqbot.faq.EntryRules;
import faqbot.faq.Faq;
import faqbot.faq.Lang;
import faqbot.faq.LocalizedText;
import faqbot.faq.Vocabulary;
import faqbot.match.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link FaqEditor} for the concept format (docs/faq-format.md): the surface form joins the
 * first concept the entry {@code needs} (in faq/concepts.json, so every entry using the idea gains
 * it), or, when the entry needs no concept, its own {@code needs} words; the question joins the
 * entry's examples. Files are written back in their own layout so the diff is those lines.
 */
public final class RulesEditor implements FaqEditor {
    static final String CONCEPTS_FILE = "concepts.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two-space indent, one array item a line, "key": value: the shipped files' layout. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator("")));

    @Override
    public Optional<String> concept(Faq faq, Change c) {
        return target(faq, c);
    }

    private static Optional<String> target(Faq faq, Change c) {
        return faq.find(c.entryId()).flatMap(e -> e.rules().needs().keySet().stream()
                .filter(EntryRules::isConcept).map(EntryRules::conceptId)
                .filter(id -> faq.vocabulary().find(id).isPresent()).findFirst());
    }

    @Override
    public Faq tryChange(Faq faq, Change c) {
        Optional<String> concept = target(faq, c);
        List<Entry> entries = new ArrayList<>();
        for (Entry e : faq.entries()) {
            entries.add(e.id().equals(c.entryId()) ? changed(e, c, concept.isEmpty()) : e);
        }
        Vocabulary vocabulary = faq.vocabulary();
        if (concept.isPresent()) {
            List<Concept> concepts = new ArrayList<>();
            for (Concept k : vocabulary.concepts()) {
                concepts.add(k.id().equals(concept.get()) ? withForm(k, c) : k);
            }
            vocabulary = new Vocabulary(concepts);
        }
        return new Faq(entries, faq.warnings(), vocabulary, faq.questions(), faq.source());
    }

    @Override
    public boolean knows(Faq faq, Change c) {
        String form = key(c.surfaceForm());
        boolean inConcept = faq.vocabulary().concepts().stream()
                .flatMap(k -> k.allForms().stream()).map(RulesEditor::key).anyMatch(form::equals);
        return inConcept || faq.entries().stream().flatMap(e -> ownTerms(e.rules()).stream())
                .map(RulesEditor::key).anyMatch(form::equals);
    }

    @Override
    public Map<Path, byte[]> edits(Path faqDir, Change c) throws IOException {
        Optional<String> concept = conceptInFiles(faqDir, c);
        Map<Path, byte[]> out = new LinkedHashMap<>();
        Path entries = faqDir.resolve("entries");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(entries, "*.json")) {
            for (Path f : files) {
                JsonNode root = MAPPER.readTree(Files.readAllBytes(f));
                if (root instanceof ObjectNode o && c.entryId().equals(o.path("id").asText())) {
                    editEntry(o, c, concept.isEmpty());
                    out.put(faqDir.relativize(f), bytes(o));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no entry with id " + c.entryId() + " in " + entries);
        }
        if (concept.isPresent()) {
            Path file = faqDir.resolve(CONCEPTS_FILE);
            ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readAllBytes(file));
            ObjectNode k = (ObjectNode) root.get(concept.get());
            (k.path(c.lang().code()) instanceof ArrayNode a ? a : k.putArray(c.lang().code())).add(c.surfaceForm());
            out.put(faqDir.relativize(file), bytes(root));
        }
        return out;
    }

    /** Writes a JSON tree in the FAQ files' layout; public so a test can prove an untouched file comes back byte for byte. */
    public static String layout(JsonNode node) throws IOException {
        return WRITER.writeValueAsString(node) + "\n";
    }

    private static byte[] bytes(JsonNode node) throws IOException {
        return layout(node).getBytes(StandardCharsets.UTF_8);
    }

    /** The same choice as {@link #target}, read from the files, because the folder is what gets written. */
    private static Optional<String> conceptInFiles(Path faqDir, Change c) throws IOException {
        Path concepts = faqDir.resolve(CONCEPTS_FILE);
        if (!Files.isRegularFile(concepts)) {
            return Optional.empty();
        }
        JsonNode vocabulary = MAPPER.readTree(Files.readAllBytes(concepts));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(faqDir.resolve("entries"), "*.json")) {
            for (Path f : files) {
                JsonNode root = MAPPER.readTree(Files.readAllBytes(f));
                if (c.entryId().equals(root.path("id").asText())) {
                    var names = root.path("rules").path("needs").fieldNames();
                    while (names.hasNext()) {
                        String term = names.next();
                        if (EntryRules.isConcept(term) && vocabulary.has(EntryRules.conceptId(term))) {
                            return Optional.of(EntryRules.conceptId(term));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void editEntry(ObjectNode entry, Change c, boolean ownWord) {
        if (ownWord) {
            object(object(entry, "rules"), "needs").put(c.surfaceForm(), c.weight());
        }
        ObjectNode text = object(entry, c.lang().code());
        (text.path("examples") instanceof ArrayNode a ? a : text.putArray("examples")).add(c.example());
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        return parent.path(field) instanceof ObjectNode o ? o : parent.putObject(field);
    }

    private static Concept withForm(Concept k, Change c) {
        Map<Lang, List<String>> forms = new EnumMap<>(Lang.class);
        forms.putAll(k.forms());
        List<String> mine = new ArrayList<>(forms.getOrDefault(c.lang(), List.of()));
        mine.add(c.surfaceForm());
        forms.put(c.lang(), mine);
        return new Concept(k.id(), k.kind(), forms);
    }

    private static Entry changed(Entry e, Change c, boolean ownWord) {
        EntryRules r = e.rules();
        EntryRules rules = r;
        if (ownWord) {
            Map<String, Integer> needs = new LinkedHashMap<>(r.needs());
            needs.put(c.surfaceForm(), c.weight());
            rules = new EntryRules(needs, r.helps(), r.unless());
        }
        Map<Lang, LocalizedText> texts = new EnumMap<>(Lang.class);
        texts.putAll(e.texts());
        LocalizedText t = e.text(c.lang());
        List<String> examples = new ArrayList<>(t.examples());
        examples.add(c.example());
        texts.put(c.lang(), new LocalizedText(t.title(), t.answer(), examples));
        return new Entry(e.id(), e.section(), e.order(), texts, rules, e.related(), e.urgent(), e.rulesFirst(), e.rulesFirstDoubt());
    }

    private static List<String> ownTerms(EntryRules r) {
        List<String> terms = new ArrayList<>(r.needs().keySet());
        terms.addAll(r.helps().keySet());
        terms.addAll(r.unless());
        return terms.stream().filter(t -> !EntryRules.isConcept(t)).toList();
    }

    private static String key(String term) {
        return Normalizer.normalize(term.replace("*", "")).text();
    }
}
