package faqbot.suggest;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.KeywordRules;
import faqbot.faq.Lang;
import faqbot.faq.LocalizedText;
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

/**
 * The {@link FaqEditor} for today's format (docs/faq-format.md): the surface form joins the entry's
 * {@code prefer} terms (and {@code require}, when the entry has one, or it could never count) and
 * the question joins its examples, written back in the files' own layout so the diff is those lines.
 */
public final class RulesEditor implements FaqEditor {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two-space indent, one array item a line, "key": value: the shipped files' layout. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator("")));

    @Override
    public Faq tryChange(Faq faq, Change c) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : faq.entries()) {
            entries.add(e.id().equals(c.entryId()) ? changed(e, c) : e);
        }
        return new Faq(entries, faq.warnings(), faq.source());
    }

    @Override
    public boolean knows(Faq faq, Change c) {
        String form = key(c.surfaceForm());
        for (Entry e : faq.entries()) {
            KeywordRules r = e.rules(c.lang());
            if (r.prefer().keySet().stream().map(RulesEditor::key).anyMatch(form::equals)
                    || r.require().stream().map(RulesEditor::key).anyMatch(form::equals)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Map<Path, byte[]> edits(Path faqDir, Change c) throws IOException {
        Path entries = faqDir.resolve("entries");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(entries, "*.json")) {
            for (Path f : files) {
                JsonNode root = MAPPER.readTree(Files.readAllBytes(f));
                if (root instanceof ObjectNode o && c.entryId().equals(o.path("id").asText())) {
                    edit(o, c);
                    byte[] out = (WRITER.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
                    return Map.of(faqDir.relativize(f), out);
                }
            }
        }
        throw new IllegalArgumentException("no entry with id " + c.entryId() + " in " + entries);
    }

    /** Writes a JSON tree in the FAQ files' layout; public so a test can prove an untouched file comes back byte for byte. */
    public static String layout(JsonNode node) throws IOException {
        return WRITER.writeValueAsString(node) + "\n";
    }

    private static void edit(ObjectNode entry, Change c) {
        String lang = c.lang().code();
        ObjectNode rules = object(object(entry, "rules"), lang);
        ArrayNode require = rules.path("require") instanceof ArrayNode a ? a : null;
        if (require != null && !require.isEmpty()) {
            require.add(c.surfaceForm());
        }
        object(rules, "prefer").put(c.surfaceForm(), c.weight());
        ObjectNode text = object(entry, lang);
        (text.path("examples") instanceof ArrayNode a ? a : text.putArray("examples")).add(c.example());
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        return parent.path(field) instanceof ObjectNode o ? o : parent.putObject(field);
    }

    private static Entry changed(Entry e, Change c) {
        KeywordRules r = e.rules(c.lang());
        List<String> require = new ArrayList<>(r.require());
        if (!require.isEmpty()) {
            require.add(c.surfaceForm());
        }
        Map<String, Double> prefer = new LinkedHashMap<>(r.prefer());
        prefer.put(c.surfaceForm(), (double) c.weight());
        Map<Lang, KeywordRules> rules = new EnumMap<>(Lang.class);
        rules.putAll(e.rules());
        rules.put(c.lang(), new KeywordRules(require, prefer, r.exclude()));
        Map<Lang, LocalizedText> texts = new EnumMap<>(Lang.class);
        texts.putAll(e.texts());
        LocalizedText t = e.text(c.lang());
        List<String> examples = new ArrayList<>(t.examples());
        examples.add(c.example());
        texts.put(c.lang(), new LocalizedText(t.title(), t.answer(), examples));
        return new Entry(e.id(), e.section(), e.order(), texts, rules, e.related());
    }

    private static String key(String term) {
        return Normalizer.normalize(term.replace("*", "")).text();
    }
}
