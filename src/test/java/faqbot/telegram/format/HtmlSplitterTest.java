package faqbot.telegram.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.testing.Cases;
import faqbot.testing.Gen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlSplitterTest {
    private static final List<String> WARNINGS = List.of("⚠️ Legal: a crime <art. 72> & more.", "⚠️ Scams: 1332, 112, 118.");

    @Test
    void titleIsBoldBodyEscapedAndWarningsInABlockquote() {
        RichReply r = new RichReply(Optional.of("Fees & <costs>"), "10–40% \"cut\" <b>not bold</b>", WARNINGS);
        String html = TelegramHtml.html(r);
        assertEquals("<b>Fees &amp; &lt;costs&gt;</b>\n\n10–40% &quot;cut&quot; &lt;b&gt;not bold&lt;/b&gt;\n\n"
                + "<blockquote>⚠️ Legal: a crime &lt;art. 72&gt; &amp; more.\n⚠️ Scams: 1332, 112, 118.</blockquote>", html);
        assertEquals(TelegramHtml.plain(r), StrictTelegramHtml.parse(html));
    }

    @Test
    void aShortReplyIsOneMessage() {
        List<HtmlSplitter.Part> parts = HtmlSplitter.split(new RichReply(Optional.of("Title"), "Body.", WARNINGS));
        assertEquals(1, parts.size());
        assertEquals("Title\n\nBody.\n\n" + String.join("\n", WARNINGS), parts.get(0).plain());
    }

    @Test
    void aBodyOfEscapedCharactersFitsBecauseTelegramCountsTextNotMarkup() {
        // 1,500 '<' are 6,000 characters of HTML but 1,500 of text: one message, not two.
        String body = "<".repeat(1500);
        List<HtmlSplitter.Part> parts = HtmlSplitter.split(new RichReply(Optional.empty(), body, WARNINGS));
        assertEquals(1, parts.size());
        assertTrue(parts.get(0).html().length() > HtmlSplitter.TELEGRAM_LIMIT);
    }

    @Test
    void aLongReplyIsSplitAtParagraphsWithWarningsInEveryPartAndTheTitleOnlyInTheFirst() {
        String paragraph = "Fees & charges <are> high. ".repeat(20).strip();
        String body = String.join("\n\n", Collections.nCopies(20, paragraph));
        List<HtmlSplitter.Part> parts = HtmlSplitter.split(new RichReply(Optional.of("Cost"), body, WARNINGS));
        assertTrue(parts.size() > 1, "split into " + parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String text = StrictTelegramHtml.parse(parts.get(i).html());
            assertEquals(parts.get(i).plain(), text);
            assertTrue(text.length() <= HtmlSplitter.TELEGRAM_LIMIT);
            assertTrue(text.endsWith(String.join("\n", WARNINGS)), "part " + i + " has the warnings");
            assertEquals(i == 0, text.startsWith("Cost\n"), "title on part " + i);
        }
        String joined = String.join(" ", parts.stream().map(p -> p.plain()).toList());
        assertEquals(20 * 20, joined.split("high\\.", -1).length - 1, "no sentence lost");
    }

    @Test
    void aReplyWithAnEmptyBodyIsTheWarningsAlone() {
        List<HtmlSplitter.Part> parts = HtmlSplitter.split(new RichReply(Optional.empty(), "", WARNINGS));
        assertEquals(List.of(String.join("\n", WARNINGS)), parts.stream().map(HtmlSplitter.Part::plain).toList());
    }

    @Test
    void aLongReplyIsCutBetweenParagraphsRatherThanInsideOne() {
        String paragraph = "x".repeat(1500);
        String body = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);
        List<HtmlSplitter.Part> parts = HtmlSplitter.split(new RichReply(Optional.empty(), body, WARNINGS));
        assertEquals(List.of(paragraph + "\n\n" + paragraph + "\n\n" + String.join("\n", WARNINGS),
                paragraph + "\n\n" + paragraph + "\n\n" + String.join("\n", WARNINGS)),
                parts.stream().map(HtmlSplitter.Part::plain).toList());
    }

    @Test
    void aBodyWithNowhereToBreakIsCutHardButNeverInsideAnEmoji() {
        List<HtmlSplitter.Part> parts = HtmlSplitter.split(new RichReply(Optional.empty(), "😀".repeat(3000), WARNINGS));
        assertTrue(parts.size() > 1, "split into " + parts.size());
        for (HtmlSplitter.Part p : parts) {
            assertTrue(p.plain().length() <= HtmlSplitter.TELEGRAM_LIMIT);
            assertTrue(wholeCodePoints(p.plain()), "a part starts or ends with half an emoji");
        }
    }

    /** A reply's title and body and the message length limit it is split for. */
    record Split(String title, String body, int limit) {
    }

    @Test
    void everyPartIsValidHtmlWithinTheLimitCarriesTheWarningsAndLosesNothingOfTheBody() {
        Gen<Integer> limits = Gen.ints(256, 4096);
        Gen<String> titles = Gen.anyChars(0, 300);
        Gen<String> anyText = Gen.anyChars(0, 12_000);
        // Also text of the breaks, markup characters and emoji pairs the splitter cuts at, around or
        // escapes, which random UTF-16 seldom forms.
        Gen<String> breaks = Gen.join(Gen.of("a", "b", " ", "가", "\n", "\n\n", ".", "😀", "<", "&", "\""), 0, 12_000);
        Gen<String> bodies = Gen.oneOf(anyText, breaks);
        Gen<Split> cases = r -> new Split(titles.next(r), bodies.next(r), limits.next(r));
        List<Split> edges = new ArrayList<>();
        for (String body : List.of("", " ", "\n\n", "\u0000", "\uFFFF", "\uD800", "x".repeat(12_000), "😀".repeat(6_000),
                " ".repeat(12_000), "\n".repeat(12_000), ("y".repeat(299) + "\n\n").repeat(40), "<&>".repeat(4_000))) {
            for (int limit : List.of(256, 257, 4095, 4096)) {
                // No title, and a title too long to share the first message with any body at the smallest limits.
                for (String title : List.of("", "T".repeat(300))) {
                    edges.add(new Split(title, body, limit));
                }
            }
        }
        String warnings = String.join("\n", WARNINGS);
        Cases.forAll(edges, 200, cases, c -> {
            Optional<String> title = c.title().isEmpty() ? Optional.empty() : Optional.of(c.title());
            List<HtmlSplitter.Part> parts = HtmlSplitter.split(new RichReply(title, c.body(), WARNINGS), c.limit());
            assertFalse(parts.isEmpty());
            StringBuilder shownBodies = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String text = StrictTelegramHtml.parse(parts.get(i).html());
                assertEquals(parts.get(i).plain(), text);
                assertTrue(text.length() <= c.limit(), text.length() + " > " + c.limit());
                assertTrue(text.endsWith(warnings), "part " + i + " has the warnings");
                int from = i == 0 && title.isPresent() ? shownTitle(text, c.title(), c.limit()).length() : 0;
                shownBodies.append(text, from, text.length() - warnings.length());
            }
            // Nothing of the body is lost except whitespace at the cuts; said in lengths, since a body runs to 12,000 characters.
            String in = squeeze(c.body());
            String out = squeeze(shownBodies.toString());
            assertTrue(in.equals(out), "body text changed at the cuts: " + in.length() + " characters in, " + out.length() + " shown");
        });
    }

    /** The title as the first part shows it: whole, or shortened when it had to go alone. */
    private static String shownTitle(String text, String title, int limit) {
        String shown = text.startsWith(title + TelegramHtml.GAP) ? title : HtmlSplitter.cut(title, limit / 4);
        assertTrue(text.startsWith(shown + TelegramHtml.GAP), "the first part starts with the title");
        return shown;
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whether no surrogate in {@code s} is missing its other half. */
    private static boolean wholeCodePoints(String s) {
        return s.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && Character.charCount(c) == 1);
    }

    @Test
    void whereOnlyOneMessageFitsTheBodyIsShortenedAndTheWarningsStay() {
        HtmlSplitter.Part p = HtmlSplitter.single(new RichReply(Optional.of("T"), "<&> ".repeat(3000), WARNINGS));
        String text = StrictTelegramHtml.parse(p.html());
        assertEquals(HtmlSplitter.TELEGRAM_LIMIT, text.length());
        assertTrue(text.startsWith("T\n\n<&>") && text.endsWith("…\n\n" + String.join("\n", WARNINGS)), text);
    }

    @Test
    void overlongWarningsAreShortenedRatherThanFailingTheSend() {
        RichReply r = new RichReply(Optional.empty(), "x", List.of("⚠️ " + "w".repeat(5000), "⚠️ scams"));
        List<HtmlSplitter.Part> parts = HtmlSplitter.split(r);
        assertEquals(1, parts.size());
        assertTrue(parts.get(0).plain().length() <= HtmlSplitter.TELEGRAM_LIMIT);
        assertTrue(parts.get(0).plain().contains("⚠️ scams"));
    }

    @Test
    void aComposedAnswerBodyLosesItsTitleParagraphToTheBoldTitle() {
        RichReply r = RichReply.of("Is it legal?\n\nNo.", Optional.of("Is it legal?"), "⚠️ a\n⚠️ b");
        assertEquals(Optional.of("Is it legal?"), r.title());
        assertEquals("No.", r.body());
        assertEquals(List.of("⚠️ a", "⚠️ b"), r.warnings());
        RichReply other = RichReply.of("Pick a topic.", Optional.of("Is it legal?"), "⚠️ a");
        assertEquals(Optional.empty(), other.title());
    }

    @Test
    void aReplyWithoutWarningsCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new RichReply(Optional.empty(), "x", List.of(" ")));
    }

    @Test
    void theStrictReaderRefusesWhatTelegramWouldRefuse() {
        for (String bad : List.of("<p>x</p>", "a < b", "a & b", "&nbsp;", "<b>x", "<b><i>x</b></i>", "<a onclick=1>x</a>")) {
            assertThrows(IllegalArgumentException.class, () -> StrictTelegramHtml.parse(bad), bad);
        }
        assertEquals("x<y", StrictTelegramHtml.parse("<blockquote expandable>x&lt;y</blockquote>"));
    }
}
