package faqbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Untrusted text made safe to print, store or cut, without ever splitting an emoji. */
class PrintableTest {
    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        assertEquals("a\uFFFDb😀\n", Printable.of("a\uD83Db😀\n"));
        String clean = "already fine";
        assertEquals(clean, Printable.of(clean));
    }

    @Test
    void oneLineDropsEscapesBidiOverridesAndExtraSpace() {
        assertEquals("a b c", Printable.oneLine("a\u001b\n\n b\t\u202ec"));
    }

    @Test
    void cuttingNeverSplitsAnEmoji() {
        assertEquals("ab", Printable.truncate("ab😀", 3));
        assertEquals("ab😀", Printable.truncate("ab😀", 4));
        assertEquals(2, Printable.cutPoint("ab😀", 3));
        assertEquals(3, Printable.cutPoint("abc", 9));
    }
}
