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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
    public static final double MAX_WEIGHT = 10;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "section", "order", "en", "ko", "rules", "related", "urgent");
    private static final Set<String> TEXT_FIELDS = Set.of("title", "answer", "examples");
    private static final Set<String> RULE_FIELDS = Set.of("require", "prefer", "exclude");
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
        List<Entry> entries = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        Path entriesDir = dir.resolve("entries");
        if (!Files.isDirectory(entriesDir)) {
            problems.add(new FaqProblem("entries/", "", "", "folder missing: put one <id>.json per entry there"));
        } else {
            for (Path file : listJson(entriesDir, problems)) {
                String name = "entries/" + file.getFileName();
                Entry e = readEntry(file, name, problems);
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
        if (!problems.isEmpty()) {
            throw new FaqException(problems);
        }
        return new Faq(entries, warnings, sourceName);
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

    private JsonNode readJson(Path file, String name, List<FaqProblem> problems) {
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
        JsonNode root = readJson(file, "warnings.json", problems);
        if (root == null) {
            return null;
        }
        Fields f = new Fields("warnings.json", "", problems);
        f.unknown(root, "", WARNING_FIELDS);
        Map<Lang, String> legal = f.perLanguage(root, "legal");
        Map<Lang, String> scam = f.perLanguage(root, "scam");
        return legal == null || scam == null ? null : new Warnings(legal, scam);
    }

    private Entry readEntry(Path file, String name, List<FaqProblem> problems) {
        JsonNode root = readJson(file, name, problems);
        if (root == null) {
            return null;
        }
        int before = problems.size();
        JsonNode idNode = root.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : "";
        Fields f = new Fields(name, id, problems);
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
        Map<Lang, KeywordRules> rules = new EnumMap<>(Lang.class);
        JsonNode r = root.get("rules");
        if (r == null || !r.isObject()) {
            f.add("rules", "missing (an object with en and ko rules)");
        } else {
            f.unknown(r, "rules.", Set.of("en", "ko"));
            for (Lang lang : Lang.values()) {
                KeywordRules kr = f.rules(r.get(lang.code()), "rules." + lang.code(), lang);
                if (kr != null) {
                    rules.put(lang, kr);
                }
            }
        }
        List<String> related = f.strings(root, "related", false);
        JsonNode u = root.get("urgent");
        if (u != null && !u.isBoolean()) {
            f.add("urgent", "must be true or false");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Entry(id, section, order, texts, rules, related, u != null && u.booleanValue());
    }

    private static FaqException single(String file, String id, String field, String message) {
        return new FaqException(List.of(new FaqProblem(file, id, field, message)));
    }

    /** Field readers that record a located problem instead of throwing, so one pass finds them all. */
    private static final class Fields {
        private final String file;
        private final String id;
        private final List<FaqProblem> problems;

        Fields(String file, String id, List<FaqProblem> problems) {
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

        KeywordRules rules(JsonNode n, String path, Lang lang) {
            if (n == null || !n.isObject()) {
                add(path, "missing (an object with require, prefer, exclude)");
                return null;
            }
            unknown(n, path + ".", RULE_FIELDS);
            List<String> require = strings(n, path + ".require", false);
            List<String> exclude = strings(n, path + ".exclude", false);
            Map<String, Double> prefer = new LinkedHashMap<>();
            JsonNode p = n.get("prefer");
            if (p != null && !p.isObject()) {
                add(path + ".prefer", "must be an object of term to weight");
                return null;
            }
            if (p != null) {
                Iterator<Map.Entry<String, JsonNode>> it = p.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode w = e.getValue();
                    if (!w.isNumber() || w.doubleValue() <= 0 || w.doubleValue() > MAX_WEIGHT) {
                        add(path + ".prefer." + e.getKey(), "weight must be a number above 0 and at most " + (int) MAX_WEIGHT);
                        continue;
                    }
                    prefer.put(e.getKey().strip(), w.doubleValue());
                }
            }
            if (require == null || exclude == null) {
                return null;
            }
            Set<String> all = new HashSet<>(require);
            all.addAll(prefer.keySet());
            all.addAll(exclude);
            for (String term : all) {
                String problem = TermSyntax.problem(term, lang);
                if (problem != null) {
                    add(path, "term '" + term + "': " + problem);
                }
            }
            if (prefer.isEmpty() && require.isEmpty()) {
                add(path, "no terms: add prefer or require terms so the entry can be found");
                return null;
            }
            return new KeywordRules(require, prefer, exclude);
        }
    }
}
