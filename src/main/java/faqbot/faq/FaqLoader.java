package faqbot.faq;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an FAQ folder strictly: every problem is collected with its file, entry and field, so a
 * maintainer fixes them all in one pass and a broken FAQ never reaches users.
 */
public final class FaqLoader {
    /** Files larger than this are refused rather than read into memory. */
    static final long MAX_FILE_BYTES = 1_000_000;
    public static final int MIN_EXAMPLES = 4;
    public static final int MAX_TITLE_CHARS = 40;
    /** Keeps every reply, warnings included, well inside Telegram's 4,096-character limit. */
    public static final int MAX_ANSWER_CHARS = 2_500;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "section", "order", "en", "ko", "rules", "related", "urgent", "rules_first", "rules_first_doubt");
    private static final Set<String> TEXT_FIELDS = Set.of("title", "answer", "examples");
    private static final Set<String> WARNING_FIELDS = Set.of("legal", "scam");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Loads the FAQ in {@code dir}, or throws with every problem found. */
    public Faq load(Path dir) throws FaqException {
        return load(dir, dir.toString());
    }

    /** Loads the FAQ shipped inside the jar (or target/classes), under the resource folder {@code faq/}. */
    public Faq loadEmbedded() throws FaqException {
        URL url = FaqLoader.class.getResource("/faq/warnings.json");
        if (url == null) {
            throw single("faq/", "", "", "no FAQ is embedded in this build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return load(fs.getPath("/faq"), "embedded FAQ");
            }
            return load(Path.of(uri).getParent(), "embedded FAQ");
        } catch (IOException | URISyntaxException e) {
            throw single("faq/", "", "", "cannot open the embedded FAQ: " + e.getMessage());
        }
    }

    private Faq load(Path dir, String sourceName) throws FaqException {
        List<FaqProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw single(sourceName, "", "", "is not a folder (expected warnings.json and entries/*.json)");
        }
        Warnings warnings = readWarnings(dir.resolve("warnings.json"), problems);
        Vocabulary vocabulary = VocabularyReader.read(mapper, dir.resolve(VocabularyReader.FILE), problems);
        List<Entry> entries = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        Path entriesDir = dir.resolve("entries");
        if (!Files.isDirectory(entriesDir)) {
            problems.add(new FaqProblem("entries/", "", "", "folder missing: put one <id>.json per entry there"));
        } else {
            for (Path file : listJson(entriesDir, problems)) {
                String name = "entries/" + file.getFileName();
                Entry e = readEntry(file, name, vocabulary, problems);
                if (e == null) {
                    continue;
                }
                String previous = fileOfId.putIfAbsent(e.id(), name);
                if (previous != null) {
                    problems.add(new FaqProblem(name, e.id(), "id", "duplicate id, already used by " + previous));
                    continue;
                }
                entries.add(e);
            }
            if (entries.isEmpty() && problems.isEmpty()) {
                problems.add(new FaqProblem("entries/", "", "", "no entries (*.json) found"));
            }
        }
        for (Entry e : entries) {
            for (int i = 0; i < e.related().size(); i++) {
                String r = e.related().get(i);
                if (r.equals(e.id())) {
                    problems.add(new FaqProblem(fileOfId.get(e.id()), e.id(), "related[" + i + "]", "an entry cannot be related to itself"));
                } else if (!fileOfId.containsKey(r)) {
                    problems.add(new FaqProblem(fileOfId.get(e.id()), e.id(), "related[" + i + "]", "unknown entry id '" + r + "'"));
                }
            }
        }
        List<LabelledQuestion> questions = QuestionSetReader.read(mapper, dir.resolve(QuestionSetReader.FOLDER), fileOfId.keySet(), problems);
        if (!problems.isEmpty()) {
            throw new FaqException(problems);
        }
        return new Faq(entries, warnings, vocabulary, questions, sourceName);
    }

    private static List<Path> listJson(Path dir, List<FaqProblem> problems) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new FaqProblem("entries/", "", "", "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    static JsonNode readJson(ObjectMapper mapper, Path file, String name, List<FaqProblem> problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new FaqProblem(name, "", "", "file larger than " + MAX_FILE_BYTES + " bytes"));
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                JsonNode node = mapper.readTree(in);
                if (node == null || !node.isObject()) {
                    problems.add(new FaqProblem(name, "", "", "must contain one JSON object"));
                    return null;
                }
                return node;
            }
        } catch (NoSuchFileException e) {
            problems.add(new FaqProblem(name, "", "", "file missing"));
        } catch (JsonProcessingException e) {
            problems.add(new FaqProblem(name, "", "", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")")));
        } catch (IOException e) {
            problems.add(new FaqProblem(name, "", "", "cannot read: " + e.getMessage()));
        }
        return null;
    }

    private Warnings readWarnings(Path file, List<FaqProblem> problems) {
        JsonNode root = readJson(mapper, file, "warnings.json", problems);
        if (root == null) {
            return null;
        }
        JsonFields f = new JsonFields("warnings.json", "", problems);
        f.unknown(root, "", WARNING_FIELDS);
        Map<Lang, String> legal = f.perLanguage(root, "legal");
        Map<Lang, String> scam = f.perLanguage(root, "scam");
        return legal == null || scam == null ? null : new Warnings(legal, scam);
    }

    private Entry readEntry(Path file, String name, Vocabulary vocabulary, List<FaqProblem> problems) {
        JsonNode root = readJson(mapper, file, name, problems);
        if (root == null) {
            return null;
        }
        int before = problems.size();
        JsonNode idNode = root.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : "";
        JsonFields f = new JsonFields(name, id, problems);
        if (id.isEmpty()) {
            f.add("id", "missing (a string such as \"fees\")");
        } else if (!ID.matcher(id).matches()) {
            f.add("id", "'" + id + "' must be lowercase letters, digits and single dashes");
        }
        f.unknown(root, "", ENTRY_FIELDS);
        String section = f.text(root, "section", Integer.MAX_VALUE);
        int order = 0;
        JsonNode o = root.get("order");
        if (o == null || !o.canConvertToInt() || !o.isIntegralNumber()) {
            f.add("order", "missing or not a whole number");
        } else {
            order = o.intValue();
        }
        Map<Lang, LocalizedText> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            JsonNode t = root.get(lang.code());
            if (t == null || !t.isObject()) {
                f.add(lang.code(), "missing language (an object with title, answer, examples)");
                continue;
            }
            String p = lang.code() + ".";
            f.unknown(t, p, TEXT_FIELDS);
            String title = f.text(t, p + "title", MAX_TITLE_CHARS);
            String answer = f.text(t, p + "answer", MAX_ANSWER_CHARS);
            List<String> examples = f.strings(t, p + "examples", true);
            if (examples != null && examples.size() < MIN_EXAMPLES) {
                f.add(p + "examples", "needs at least " + MIN_EXAMPLES + " examples, has " + examples.size());
            }
            if (title != null && answer != null && examples != null) {
                texts.put(lang, new LocalizedText(title, answer, examples));
            }
        }
        EntryRules rules = f.rules(root.get("rules"), vocabulary);
        List<String> related = f.strings(root, "related", false);
        JsonNode u = root.get("urgent");
        if (u != null && !u.isBoolean()) {
            f.add("urgent", "must be true or false");
        }
        JsonNode first = root.get("rules_first");
        if (first != null && !first.isBoolean()) {
            f.add("rules_first", "must be true or false");
        }
        boolean urgent = u != null && u.booleanValue();
        boolean rulesFirst = urgent || first != null && first.booleanValue();
        JsonNode doubt = root.get("rules_first_doubt");
        if (doubt != null && !(doubt.isNumber() && doubt.doubleValue() > 0 && doubt.doubleValue() <= 100)) {
            f.add("rules_first_doubt", "must be a number above 0, at most 100 (the default is " + Entry.DEFAULT_RULES_FIRST_DOUBT + ")");
        } else if (doubt != null && !rulesFirst) {
            f.add("rules_first_doubt", "only means something with \"rules_first\": true");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Entry(id, section, order, texts, rules, related, urgent, rulesFirst,
                doubt == null ? Entry.DEFAULT_RULES_FIRST_DOUBT : doubt.doubleValue());
    }

    private static FaqException single(String file, String id, String field, String message) {
        return new FaqException(List.of(new FaqProblem(file, id, field, message)));
    }
}
