package faqbot.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Lang;
import faqbot.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence people read comes from the message catalog: the catalog is complete in both
 * languages, and Korean appears in Java string literals only in the matcher's language data and
 * the command line's help.
 */
class UserTextTest {
    private static final Pattern HANGUL = Pattern.compile("[\\x{AC00}-\\x{D7A3}\\x{3131}-\\x{318E}\\x{1100}-\\x{11FF}]");
    private static final Path SOURCES = Path.of("src/main/java");

    private static boolean mayHoldKorean(Path file) {
        String p = SOURCES.relativize(file).toString().replace('\\', '/');
        return p.startsWith("faqbot/match/") || p.equals("faqbot/cli/Main.java");
    }

    @Test
    void koreanStringLiteralsOnlyInTheMatchersLanguageDataAndTheHelp() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).filter(p -> !mayHoldKorean(p)).toList()) {
                for (String literal : literals(Files.readString(f, StandardCharsets.UTF_8))) {
                    if (HANGUL.matcher(literal).find()) {
                        found.add(SOURCES.relativize(f) + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "user-facing text belongs in src/main/resources/faqbot/text/messages_*.properties");
    }

    @Test
    void theLiteralScannerSeesStringsAndSkipsComments() {
        assertEquals(List.of("a\\\"b", "c", "x // not a comment"),
                literals("// \"no\"\n/* \"no\" */ String s = \"a\\\"b\" + 'c' + \"c\"; t = \"x // not a comment\";"));
    }

    @Test
    void theBundledCatalogHasEveryKeyInBothLanguages() {
        Messages m = Messages.bundled();
        for (String key : m.keys()) {
            for (Lang lang : Lang.values()) {
                assertTrue(!m.get(lang, key).isBlank(), key + " in " + lang);
            }
        }
    }

    @Test
    void aKeyMissingInOneLanguageStopsTheCatalogWithFileAndKey() {
        Messages.CatalogException e = assertThrows(Messages.CatalogException.class, () -> Messages.load("/catalog-fixtures/missing-key"));
        assertEquals(List.of("/catalog-fixtures/missing-key_ko.properties: key reply.hint is missing"), e.problems());
    }

    @Test
    void placeholdersThatDifferBetweenLanguagesStopTheCatalog() {
        Messages.CatalogException e = assertThrows(Messages.CatalogException.class, () -> Messages.load("/catalog-fixtures/placeholders"));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("admin.usage"), e.problems().toString());
    }

    /** The contents of the string and text-block literals in Java source, comments and char literals skipped. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end + 1;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? src.length() : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? src.length() : end;
                out.add(src.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(src.substring(i + 1, Math.min(j, src.length())));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
