package faqbot.match;

import static faqbot.testing.Gen.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.testing.Cases;
import faqbot.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Throws any text a Telegram user could send (Hangul, emoji, lone surrogates, control and bidi
 * characters, 10,000-character pastes) at the normaliser; the generators are shared with
 * {@link MatcherPropertyTest}.
 */
class NormalizerPropertyTest {

    @Test
    void anyTextNormalisesWithoutThrowing() {
        Cases.forAll(Texts.HOSTILE_EDGES, 1000, Texts.hostile(), s -> {
            NormalizedText n = Normalizer.normalize(s);
            assertEquals(String.join(" ", n.words()), n.text(), "text is the words joined by single spaces");
            assertEquals(String.join("", n.words()), n.compact(), "compact is the words with nothing between");
        });
    }

    @Test
    void wordsAreNonEmptyRunsOfLettersAndDigitsWithNoLetterThreeTimesInARow() {
        Cases.forAll(Texts.HOSTILE_EDGES, 1000, Texts.hostile(), s -> {
            for (String w : Normalizer.normalize(s).words()) {
                assertTrue(!w.isEmpty(), "empty word");
                int prev = -1;
                int run = 0;
                for (int cp : w.codePoints().toArray()) {
                    assertTrue(Character.isLetterOrDigit(cp), () -> "not a letter or digit: U+" + Integer.toHexString(cp) + " in " + w);
                    run = cp == prev ? run + 1 : 1;
                    prev = cp;
                    assertTrue(run <= 2, () -> "stretched letter not squeezed in " + w);
                }
            }
        });
    }

    @Test
    void hangulFlagIsSetExactlyWhenAWordHasHangul() {
        Cases.forAll(Texts.HOSTILE_EDGES, 1000, Texts.hostile(), s -> {
            NormalizedText n = Normalizer.normalize(s);
            boolean hangul = n.compact().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
            assertEquals(hangul, n.hasHangul());
        });
    }

    /**
     * Normalised text is a fixed point: the words are what the matcher sees, so normalising the
     * normalised text again must not change them (otherwise a stored "normalized" question, e.g. in
     * the unanswered report, would match differently from the original). One exclusion, justified:
     * NFKC can lengthen text (㈜ becomes (주)), so a result longer than the 4,096-character cut is cut
     * differently the second time. Conjoining jamo split by a combining mark are composed on the
     * first pass: see {@code conjoiningJamoSplitByAMarkAreComposed} below.
     */
    @Test
    void normalisingTwiceGivesTheSameWords() {
        Cases.forAll(Texts.HOSTILE_EDGES, 1000, Texts.hostile(), s -> {
            NormalizedText once = Normalizer.normalize(s);
            if (once.text().length() > Normalizer.MAX_INPUT_CHARS) {
                return;
            }
            NormalizedText twice = Normalizer.normalize(once.text());
            assertSame(once.words(), twice.words());
            assertEquals(once.compact(), twice.compact());
            assertEquals(once.hasHangul(), twice.hasHangul());
        });
    }

    /** Combining marks are dropped before the last NFKC pass, so jamo that a mark kept apart still form a syllable. */
    @Test
    void conjoiningJamoSplitByAMarkAreComposed() {
        assertEquals("\uAC00", Normalizer.normalize("\u1100\u0301\u1161").compact());
        assertEquals("\uB85F", Normalizer.normalize("\uB85C\u0301\u11AA").compact());
    }

    /** A text and the invisible characters inserted into it. */
    record Invisible(String text, List<Insert> inserts) {
    }

    /** Invisible format characters (zero-width, bidi controls, soft hyphen, BOM) never split or change a word. */
    @Test
    void invisibleCharactersAnywhereChangeNothing() {
        Gen<Invisible> cases = r -> new Invisible(Texts.visible().next(r), Texts.inserts(8).next(r));
        List<Invisible> edges = List.of(new Invisible("a", List.of()), new Invisible("소액결제", List.of(new Insert(0, "\u200B"))),
                new Invisible("😀", List.of(new Insert(1, "\u200D"))), new Invisible("is it legal", List.of(new Insert(Integer.MAX_VALUE, "\uFEFF"))));
        Cases.forAll(edges, 1000, cases, c -> assertSame(Normalizer.normalize(c.text()).words(), Normalizer.normalize(insertAt(c.text(), c.inserts())).words()));
    }

    /** A text repeated up to the cut and what follows the cut. */
    record PastTheCut(String text, String tail) {
    }

    /** Only the first 4,096 characters count, so a 100,000-character paste costs no more than a long message. */
    @Test
    void textBeyondTheTelegramLimitIsIgnored() {
        Gen<PastTheCut> cases = r -> new PastTheCut(Texts.visible().next(r), Texts.hostile().next(r));
        List<PastTheCut> edges = List.of(new PastTheCut("a", ""), new PastTheCut("소", "액결제"), new PastTheCut("legal", "\uDC00 tail"),
                new PastTheCut("x", "y".repeat(100_000)));
        Cases.forAll(edges, 200, cases, c -> {
            String s = c.text();
            String head = (s + " ").repeat(Normalizer.MAX_INPUT_CHARS / (s.length() + 1) + 1).substring(0, Normalizer.MAX_INPUT_CHARS);
            if (Character.isHighSurrogate(head.charAt(head.length() - 1))) {
                return; // a pair cut at the limit is handled, but the tail would then complete it
            }
            assertSame(Normalizer.normalize(head).words(), Normalizer.normalize(head + c.tail()).words());
        });
    }

    /** Equal word lists, reporting the first difference rather than two lists of thousands of words. */
    static void assertSame(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return;
        }
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        String e = i < expected.size() ? expected.get(i) + " " + codePointsOf(expected.get(i)) : "(end)";
        String a = i < actual.size() ? actual.get(i) + " " + codePointsOf(actual.get(i)) : "(end)";
        throw new AssertionError("word lists differ at word " + i + " of " + expected.size() + "/" + actual.size()
                + ": expected " + e + " but was " + a);
    }

    /**
     * One invisible character to insert.
     *
     * @param at   where, taken modulo the text's length plus one, e.g. 3
     * @param what the character, e.g. "\u200B"
     */
    record Insert(int at, String what) {
    }

    static String insertAt(String s, List<Insert> inserts) {
        StringBuilder sb = new StringBuilder(s);
        for (Insert ins : inserts) {
            int at = Math.floorMod(ins.at(), sb.length() + 1);
            // Never between the two halves of a surrogate pair: that would break the character, not hide it.
            if (at > 0 && at < sb.length() && Character.isHighSurrogate(sb.charAt(at - 1)) && Character.isLowSurrogate(sb.charAt(at))) {
                at--;
            }
            sb.insert(at, ins.what());
        }
        return sb.toString();
    }

    /** Text generators: each alphabet a user (or an attacker) can type, mixed and up to 10,000 characters. */
    static final class Texts {
        static final Gen<String> HANGUL = Gen.oneOf(
                Gen.codePoints(0xAC00, 0xD7A3),   // syllables: 소, 액
                Gen.codePoints(0x1100, 0x11FF),   // conjoining jamo, which NFKC composes into syllables
                Gen.codePoints(0x3131, 0x318E),   // compatibility jamo: ㅋ, ㅎ
                Gen.codePoints(0xFFA0, 0xFFDC));  // half-width jamo
        static final Gen<String> EMOJI = Gen.oneOf(
                Gen.codePoints(0x1F300, 0x1FAFF),
                Gen.codePoints(0x1F1E6, 0x1F1FF), // regional indicators (flags)
                Gen.of("👍🏽", "👨\u200D👩\u200D👧", "❤\uFE0F", "1\uFE0F\u20E3", "🏳\uFE0F\u200D🌈"));
        static final Gen<String> LONE_SURROGATE = Gen.codePoints(0xD800, 0xDFFF);
        static final Gen<String> CONTROL = Gen.oneOf(Gen.codePoints(0x0000, 0x001F), Gen.codePoints(0x007F, 0x009F));
        static final Gen<String> INVISIBLE = Gen.of(
                "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",          // zero-width, soft hyphen, BOM
                "\u200E", "\u200F", "\u061C",                                        // bidi marks
                "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",                    // bidi embeddings and overrides
                "\u2066", "\u2067", "\u2068", "\u2069");                             // bidi isolates
        static final Gen<String> MARKS = Gen.oneOf(Gen.codePoints(0x0300, 0x036F), Gen.codePoints(0x20D0, 0x20FF));
        static final Gen<String> WIDE = Gen.oneOf(Gen.codePoints(0xFF01, 0xFF5E), Gen.codePoints(0x3200, 0x33FF), Gen.codePoints(0xFB00, 0xFB06));
        static final Gen<String> ASCII = Gen.codePoints(0x20, 0x7E);
        static final Gen<String> WORDS = Gen.of(
                "legal", "LEGAL", "leeeegal", "leagl", "illegally", "fee", "fees", "commision", "paypal", "PayPal로",
                "scam", "scammed", "police", "is it", "how much", "hidden charge", "gift card", "cash out", "money",
                "소액결제", "현금화", "수수료", "불법", "사기", "상품권", "신고", "ㅋㅋㅋㅋ", "?", "!!", "...", " ", "\n");
        static final Gen<String> ANY_CHAR = Gen.anyChar();

        /**
         * Edge cases every property over hostile text checks first: nothing, lone and extreme
         * characters, a cut surrogate pair, each hostile alphabet alone, and pastes past the cut.
         */
        static final List<String> HOSTILE_EDGES = List.of(
                "", " ", "\n", "\u0000", "\uFFFF", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uDC00\uD800", "😀", "ㅋㅋㅋㅋㅋㅋ", "leeeeeegal",
                "\u1100\u0301\u1161", "\u1100\u1161\u11A8", "㈜", "\u202Eevil\u202C", "\u200B\u200B", "e\u0301\u0301\u0301", "ＬＥＧＡＬ",
                "👨\u200D👩\u200D👧", "소".repeat(10_000), "a".repeat(Normalizer.MAX_INPUT_CHARS - 1) + "😀",
                "㈜".repeat(Normalizer.MAX_INPUT_CHARS), "is it legal? ".repeat(800));

        /** Anything, weighted so that each hostile alphabet, and the words the rules look for, turn up often. */
        static Gen<String> hostile() {
            Gen<String> piece = Gen.frequency(
                    weight(6, WORDS), weight(6, ASCII), weight(5, HANGUL), weight(3, EMOJI),
                    weight(2, LONE_SURROGATE), weight(2, CONTROL), weight(2, INVISIBLE), weight(2, MARKS),
                    weight(2, WIDE), weight(3, ANY_CHAR));
            return Gen.frequency(
                    weight(8, Gen.join(piece, 0, 40)),
                    weight(2, Gen.join(piece, 40, 400)),
                    weight(1, Gen.anyChars(0, 400)),
                    weight(1, longText(Gen.join(piece, 1, 200))),
                    weight(1, longText(Gen.anyChars(1, 200))));
        }

        /**
         * 2,000 to 10,000 characters (past Telegram's 4,096 and the normaliser's cut), built by
         * repeating a shorter sample with a varying tail so that generating it stays cheap.
         */
        static Gen<String> longText(Gen<String> sample) {
            Gen<Integer> lengths = Gen.ints(2_000, 10_000);
            return r -> {
                String s = sample.next(r);
                int length = lengths.next(r);
                StringBuilder sb = new StringBuilder(length + s.length());
                while (sb.length() < length) {
                    sb.append(s).append(ASCII.next(r));
                }
                return sb.substring(0, length);
            };
        }

        /** Text without invisible characters or broken pairs, to test what adding them does. */
        static Gen<String> visible() {
            Gen<String> piece = Gen.frequency(
                    weight(6, WORDS), weight(6, ASCII), weight(4, HANGUL), weight(2, EMOJI), weight(1, WIDE));
            return Gen.join(piece, 1, 60);
        }

        /** Up to {@code max} invisible characters at arbitrary places. */
        static Gen<List<Insert>> inserts(int max) {
            Gen<Integer> at = Gen.ints(0, Integer.MAX_VALUE);
            Gen<Insert> one = r -> new Insert(at.next(r), INVISIBLE.next(r));
            return one.list(0, max);
        }

        private Texts() {
        }
    }

    /** For failure messages: the code points of a string, e.g. [U+D55C, U+0020]. */
    static String codePointsOf(String s) {
        List<String> out = new ArrayList<>();
        s.codePoints().forEach(c -> out.add(String.format("U+%04X", c)));
        return out.stream().collect(Collectors.joining(" ", "[", "]"));
    }
}
