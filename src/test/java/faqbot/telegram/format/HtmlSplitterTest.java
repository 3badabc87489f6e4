package faqbot.telegram.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
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
        String body = String.join("\n\n", java.util.Collections.nCopies(20, paragraph));
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

    @Property(tries = 200)
    void everyPartIsValidHtmlWithinTheLimitAndCarriesTheWarnings(
            @ForAll @StringLength(max = 12_000) String body, @ForAll @StringLength(max = 300) String title,
            @ForAll @IntRange(min = 256, max = 4096) int limit) {
        RichReply r = new RichReply(title.isEmpty() ? Optional.empty() : Optional.of(title), body, WARNINGS);
        List<HtmlSplitter.Part> parts = HtmlSplitter.split(r, limit);
        assertFalse(parts.isEmpty());
        for (HtmlSplitter.Part p : parts) {
            String text = StrictTelegramHtml.parse(p.html());
            assertEquals(p.plain(), text);
            assertTrue(text.length() <= limit, text.length() + " > " + limit);
            assertTrue(text.endsWith(String.join("\n", WARNINGS)));
        }
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
