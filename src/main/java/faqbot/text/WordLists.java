package faqbot.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Word lists that are language data rather than code (Korean question words, report stopwords),
 * read from {@code words.properties}, so the Java sources hold no Korean outside the matcher.
 */
public final class WordLists {
    private static final Properties WORDS = load();

    private WordLists() {
    }

    /**
     * The words under a key, in file order.
     *
     * @param key e.g. "listen.questionWords.ko"
     * @throws IllegalArgumentException for a key the file does not have (a bug, caught by the tests)
     */
    public static List<String> of(String key) {
        String value = WORDS.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no word list " + key + " in words.properties");
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = WordLists.class.getResourceAsStream("/faqbot/text/words.properties")) {
            if (in == null) {
                throw new IllegalStateException("words.properties is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read words.properties", e);
        }
        return p;
    }
}
