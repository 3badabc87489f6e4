package faqbot.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextSplitterTest {
    private static final String WARNINGS = "⚠️ LEGAL: a crime.\n⚠️ SCAMS: report to 1332.";

    @Test
    void shortReplyIsOneMessageLikeReplyText() {
        assertEquals(List.of("body\n\n" + WARNINGS), TextSplitter.parts("body", WARNINGS, 4096));
        assertEquals(List.of(WARNINGS), TextSplitter.parts("", WARNINGS, 4096));
    }

    @Test
    void longReplyIsSplitAtParagraphsAndEveryPartEndsWithTheWarnings() {
        String para = "x".repeat(1500);
        String body = String.join("\n\n", para, para, para, para);
        List<String> parts = TextSplitter.parts(body, WARNINGS, 4096);
        assertEquals(2, parts.size());
        for (String p : parts) {
            assertTrue(p.length() <= 4096);
            assertTrue(p.endsWith("\n\n" + WARNINGS));
        }
        assertTrue(parts.get(0).startsWith(para + "\n\n" + para + "\n\n"));
    }

    @Test
    void surrogatePairsAreNeverCut() {
        String body = "😀".repeat(3000);
        for (String p : TextSplitter.parts(body, WARNINGS, 4096)) {
            assertTrue(p.length() <= 4096);
            assertTrue(!Character.isHighSurrogate(p.charAt(p.indexOf("\n\n⚠") - 1)), "ends with a whole emoji");
        }
    }

    @Property(tries = 300)
    void everyPartFitsAndCarriesTheWarnings(@ForAll @StringLength(max = 12_000) String body,
                                             @ForAll @IntRange(min = 300, max = 4096) int limit) {
        List<String> parts = TextSplitter.parts(body, WARNINGS, limit);
        assertTrue(!parts.isEmpty());
        StringBuilder content = new StringBuilder();
        for (String p : parts) {
            assertTrue(p.length() <= limit, "part of " + p.length());
            assertTrue(p.endsWith(WARNINGS));
            content.append(p, 0, p.length() - WARNINGS.length());
        }
        // Nothing of the body is lost except whitespace at the cuts.
        assertEquals(squeeze(body), squeeze(content.toString()));
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
