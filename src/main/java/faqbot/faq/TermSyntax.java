package faqbot.faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** Syntax checks on keyword terms, kept apart so the loader's error messages and the matcher agree on what a term is. */
final class TermSyntax {
    /**
     * One-syllable words that almost never occur inside another word, so they are safe as forms (why, in
     * Korean); read from term-syntax.properties because Korean text is data, not code.
     */
    static final Set<String> ONE_SYLLABLE_WORDS = oneSyllableWords();

    private TermSyntax() {
    }

    /** A message saying what is wrong with {@code term}, or null when it is usable. */
    static String problem(String term) {
        if (term.isBlank()) {
            return "empty";
        }
        int star = term.indexOf('*');
        if (star >= 0 && (star != term.length() - 1 || star == 0)) {
            return "'*' may only end a term, as in legal*";
        }
        String core = term.replace("*", "").replaceAll("\\s+", "");
        if (core.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "has no letters";
        }
        boolean hangul = core.codePoints().anyMatch(TermSyntax::isHangul);
        if (hangul && core.codePoints().count() < 2 && !ONE_SYLLABLE_WORDS.contains(core)) {
            // One syllable (법, 돈) occurs inside too many unrelated Korean words.
            return "Korean terms need at least two syllables";
        }
        if (hangul && star >= 0) {
            return "'*' is for English words; Korean terms already match inside longer words";
        }
        return null;
    }

    static boolean isHangul(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HANGUL;
    }

    private static Set<String> oneSyllableWords() {
        Properties p = new Properties();
        try (InputStream in = TermSyntax.class.getResourceAsStream("/faqbot/faq/term-syntax.properties")) {
            if (in == null) {
                throw new IllegalStateException("term-syntax.properties is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read term-syntax.properties", e);
        }
        return Arrays.stream(p.getProperty("oneSyllableWords.ko", "").split(",")).map(String::strip)
                .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
