package faqbot.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.testing.Cases;
import faqbot.testing.Gen;
import java.util.ArrayList;
import java.util.List;
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

    /** A reply body and the message length limit it is split for. */
    record Split(String body, int limit) {
    }

    @Test
    void everyPartFitsAndCarriesTheWarnings() {
        Gen<Integer> limits = Gen.ints(300, 4096);
        Gen<String> anyText = Gen.anyChars(0, 12_000);
        // Also text of the breaks and emoji pairs the splitter cuts at or around, which random UTF-16 seldom forms.
        Gen<String> breaks = Gen.join(Gen.of("a", "b", " ", "가", "\n", "\n\n", ".", "😀"), 0, 12_000);
        Gen<String> bodies = Gen.oneOf(anyText, breaks);
        Gen<Split> cases = r -> new Split(bodies.next(r), limits.next(r));
        List<Split> edges = new ArrayList<>();
        for (String body : List.of("", " ", "\n\n", "\u0000", "\uFFFF", "\uD800", "x".repeat(12_000), "😀".repeat(6_000),
                " ".repeat(12_000), "\n".repeat(12_000), ("y".repeat(299) + "\n\n").repeat(40))) {
            for (int limit : List.of(300, 301, 4095, 4096)) {
                edges.add(new Split(body, limit));
            }
        }
        Cases.forAll(edges, 300, cases, c -> {
            List<String> parts = TextSplitter.parts(c.body(), WARNINGS, c.limit());
            assertTrue(!parts.isEmpty());
            StringBuilder content = new StringBuilder();
            for (String p : parts) {
                assertTrue(p.length() <= c.limit(), "part of " + p.length());
                assertTrue(p.endsWith(WARNINGS));
                content.append(p, 0, p.length() - WARNINGS.length());
            }
            // Nothing of the body is lost except whitespace at the cuts.
            assertEquals(squeeze(c.body()), squeeze(content.toString()));
        });
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
