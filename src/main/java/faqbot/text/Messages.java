package faqbot.text;

import faqbot.faq.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message catalog: every reply, notice, menu and admin sentence, one properties file per
 * language ({@code messages_en.properties}, {@code messages_ko.properties}), so a wording change or
 * a third language touches the catalog and no code. Checked whole when loaded: a key missing in one
 * language, an empty text or placeholders that differ between languages stop the start.
 */
public final class Messages {
    /** Where the bundled catalog lives on the class path; {@code _en}/{@code _ko} and {@code .properties} are appended. */
    public static final String BUNDLED = "/faqbot/text/messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static volatile Messages bundled;

    private final Map<Lang, Map<String, String>> texts;

    private Messages(Map<Lang, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** The catalog built into the jar, loaded and checked once. */
    public static Messages bundled() {
        Messages m = bundled;
        if (m == null) {
            m = load(BUNDLED);
            bundled = m;
        }
        return m;
    }

    /**
     * Loads and checks a catalog from the class path.
     *
     * @param base e.g. "/faqbot/text/messages"
     * @throws CatalogException listing every problem, each naming the file and key
     */
    public static Messages load(String base) {
        Map<Lang, Map<String, String>> texts = new EnumMap<>(Lang.class);
        List<String> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            String file = base + "_" + lang.code() + ".properties";
            Map<String, String> t = new TreeMap<>();
            try (InputStream in = Messages.class.getResourceAsStream(file)) {
                if (in == null) {
                    problems.add(file + ": missing");
                } else {
                    Properties p = new Properties();
                    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        p.load(r);
                    }
                    p.stringPropertyNames().forEach(k -> t.put(k, p.getProperty(k)));
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ": unreadable: " + e.getMessage());
            }
            texts.put(lang, Map.copyOf(t));
        }
        problems.addAll(check(base, texts));
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new Messages(texts);
    }

    /** Keys present in one language and not another, empty texts, and placeholders that differ. */
    static List<String> check(String base, Map<Lang, Map<String, String>> texts) {
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>();
        texts.values().forEach(t -> all.addAll(t.keySet()));
        for (String key : all) {
            Set<String> placeholders = null;
            for (Lang lang : Lang.values()) {
                String file = base + "_" + lang.code() + ".properties";
                String text = texts.getOrDefault(lang, Map.of()).get(key);
                if (text == null) {
                    problems.add(file + ": key " + key + " is missing");
                    continue;
                }
                if (text.isBlank()) {
                    problems.add(file + ": key " + key + " is empty");
                }
                Set<String> found = placeholders(text);
                if (placeholders == null) {
                    placeholders = found;
                } else if (!placeholders.equals(found)) {
                    problems.add(file + ": key " + key + " has placeholders " + found + ", other languages " + placeholders);
                }
            }
        }
        return problems;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * The text for a key, with {@code {0}}, {@code {1}} ... replaced by the arguments in order.
     *
     * @throws IllegalArgumentException for a key the catalog does not have (a bug, caught by the tests)
     */
    public String get(Lang lang, String key, Object... args) {
        String text = texts.get(Objects.requireNonNull(lang, "lang")).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        if (args.length == 0) {
            return text;
        }
        // Plain replacement, not MessageFormat, so apostrophes in the texts need no escaping.
        StringBuilder sb = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            int i = m.group(1).charAt(0) - '0';
            m.appendReplacement(sb, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Every key, e.g. for the tests that check each one is used. */
    public Set<String> keys() {
        return texts.get(Lang.EN).keySet();
    }

    /** A catalog that cannot be used, with one line per problem. */
    public static final class CatalogException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        CatalogException(List<String> problems) {
            super("the message catalog has " + problems.size() + " problem(s): " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
