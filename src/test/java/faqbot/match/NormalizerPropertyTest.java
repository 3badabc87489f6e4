package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Throws any text a Telegram user could send (Hangul, emoji, lone surrogates, control and bidi
 * characters, 10,000-character pastes) at the normaliser; the generators are shared with
 * {@link MatcherPropertyTest}.
 */
class NormalizerPropertyTest {

    @Property(tries = 1000)
    void anyTextNormalisesWithoutThrowing(@ForAll("hostileText") String s) {
        NormalizedText n = Normalizer.normalize(s);
        assertEquals(String.join(" ", n.words()), n.text(), "text is the words joined by single spaces");
        assertEquals(String.join("", n.words()), n.compact(), "compact is the words with nothing between");
    }

    @Property(tries = 1000)
    void wordsAreNonEmptyRunsOfLettersAndDigitsWithNoLetterThreeTimesInARow(@ForAll("hostileText") String s) {
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
    }

    @Property(tries = 1000)
    void hangulFlagIsSetExactlyWhenAWordHasHangul(@ForAll("hostileText") String s) {
        NormalizedText n = Normalizer.normalize(s);
        boolean hangul = n.compact().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        assertEquals(hangul, n.hasHangul());
    }

    /**
     * Normalised text is a fixed point: the words are what the matcher sees, so normalising the
     * normalised text again must not change them (otherwise a stored "normalized" question, e.g. in
     * the unanswered report, would match differently from the original). Two exclusions, each
     * justified: NFKC can lengthen text (㈜ becomes (주)), so a result longer than the 4,096-character
     * cut is cut differently the second time; and conjoining jamo with a combining mark between them
     * are a known defect (the mark is dropped after NFKC, so ᄀ + U+0301 + ᅡ comes out as the
     * uncomposed pair 가, which the second pass composes to 가): see
     * {@code conjoiningJamoSplitByAMarkAreNotComposed} below.
     */
    @Property(tries = 1000)
    void normalisingTwiceGivesTheSameWords(@ForAll("hostileText") String s) {
        NormalizedText once = Normalizer.normalize(s);
        Assume.that(once.text().length() <= Normalizer.MAX_INPUT_CHARS);
        NormalizedText twice = Normalizer.normalize(once.text());
        assertSame(once.words(), twice.words());
        assertEquals(once.compact(), twice.compact());
        assertEquals(once.hasHangul(), twice.hasHangul());
    }

    /** Combining marks are dropped before the last NFKC pass, so jamo that a mark kept apart still form a syllable. */
    @Example
    void conjoiningJamoSplitByAMarkAreComposed() {
        assertEquals("\uAC00", Normalizer.normalize("\u1100\u0301\u1161").compact());
        assertEquals("\uB85F", Normalizer.normalize("\uB85C\u0301\u11AA").compact());
    }

    /** Invisible format characters (zero-width, bidi controls, soft hyphen, BOM) never split or change a word. */
    @Property(tries = 1000)
    void invisibleCharactersAnywhereChangeNothing(@ForAll("visibleText") String s, @ForAll("invisibleInserts") List<Tuple.Tuple2<Integer, String>> inserts) {
        assertSame(Normalizer.normalize(s).words(), Normalizer.normalize(insertAt(s, inserts)).words());
    }

    /** Only the first 4,096 characters count, so a 100,000-character paste costs no more than a long message. */
    @Property(tries = 200)
    void textBeyondTheTelegramLimitIsIgnored(@ForAll("visibleText") String s, @ForAll("hostileText") String tail) {
        String head = (s + " ").repeat(Normalizer.MAX_INPUT_CHARS / (s.length() + 1) + 1).substring(0, Normalizer.MAX_INPUT_CHARS);
        if (Character.isHighSurrogate(head.charAt(head.length() - 1))) {
            return; // a pair cut at the limit is handled, but the tail would then complete it
        }
        assertSame(Normalizer.normalize(head).words(), Normalizer.normalize(head + tail).words());
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

    static String insertAt(String s, List<Tuple.Tuple2<Integer, String>> inserts) {
        StringBuilder sb = new StringBuilder(s);
        for (Tuple.Tuple2<Integer, String> ins : inserts) {
            int at = Math.floorMod(ins.get1(), sb.length() + 1);
            // Never between the two halves of a surrogate pair: that would break the character, not hide it.
            if (at > 0 && at < sb.length() && Character.isHighSurrogate(sb.charAt(at - 1)) && Character.isLowSurrogate(sb.charAt(at))) {
                at--;
            }
            sb.insert(at, ins.get2());
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Texts.hostile();
    }

    @Provide
    Arbitrary<String> visibleText() {
        return Texts.visible();
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, String>>> invisibleInserts() {
        return Arbitraries.integers().greaterOrEqual(0).flatMap(i -> Texts.INVISIBLE.map(c -> Tuple.of(i, c)))
                .list().ofMaxSize(8);
    }

    /** Text generators: each alphabet a user (or an attacker) can type, mixed and up to 10,000 characters. */
    static final class Texts {
        static final Arbitrary<String> HANGUL = oneOf(
                codePoints(0xAC00, 0xD7A3),   // syllables: 소, 액
                codePoints(0x1100, 0x11FF),   // conjoining jamo, which NFKC composes into syllables
                codePoints(0x3131, 0x318E),   // compatibility jamo: ㅋ, ㅎ
                codePoints(0xFFA0, 0xFFDC));  // half-width jamo
        static final Arbitrary<String> EMOJI = oneOf(
                codePoints(0x1F300, 0x1FAFF),
                codePoints(0x1F1E6, 0x1F1FF), // regional indicators (flags)
                Arbitraries.of("👍🏽", "👨\u200D👩\u200D👧", "❤\uFE0F", "1\uFE0F\u20E3", "🏳\uFE0F\u200D🌈"));
        static final Arbitrary<String> LONE_SURROGATE = codePoints(0xD800, 0xDFFF);
        static final Arbitrary<String> CONTROL = oneOf(codePoints(0x0000, 0x001F), codePoints(0x007F, 0x009F));
        static final Arbitrary<String> INVISIBLE = Arbitraries.of(
                "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",          // zero-width, soft hyphen, BOM
                "\u200E", "\u200F", "\u061C",                                        // bidi marks
                "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",                    // bidi embeddings and overrides
                "\u2066", "\u2067", "\u2068", "\u2069");                             // bidi isolates
        static final Arbitrary<String> MARKS = oneOf(codePoints(0x0300, 0x036F), codePoints(0x20D0, 0x20FF));
        static final Arbitrary<String> WIDE = oneOf(codePoints(0xFF01, 0xFF5E), codePoints(0x3200, 0x33FF), codePoints(0xFB00, 0xFB06));
        static final Arbitrary<String> ASCII = codePoints(0x20, 0x7E);
        static final Arbitrary<String> WORDS = Arbitraries.of(
                "legal", "LEGAL", "leeeegal", "leagl", "illegally", "fee", "fees", "commision", "paypal", "PayPal로",
                "scam", "scammed", "police", "is it", "how much", "hidden charge", "gift card", "cash out", "money",
                "소액결제", "현금화", "수수료", "불법", "사기", "상품권", "신고", "ㅋㅋㅋㅋ", "?", "!!", "...", " ", "\n");
        static final Arbitrary<String> ANY_CHAR = Arbitraries.strings().all().ofLength(1);

        /** Anything, weighted so that each hostile alphabet, and the words the rules look for, turn up often. */
        static Arbitrary<String> hostile() {
            Arbitrary<String> piece = Arbitraries.frequencyOf(
                    Tuple.of(6, WORDS), Tuple.of(6, ASCII), Tuple.of(5, HANGUL), Tuple.of(3, EMOJI),
                    Tuple.of(2, LONE_SURROGATE), Tuple.of(2, CONTROL), Tuple.of(2, INVISIBLE), Tuple.of(2, MARKS),
                    Tuple.of(2, WIDE), Tuple.of(3, ANY_CHAR));
            return Arbitraries.frequencyOf(
                    Tuple.of(8, join(piece, 0, 40)),
                    Tuple.of(2, join(piece, 40, 400)),
                    Tuple.of(1, Arbitraries.strings().all().ofMaxLength(400)),
                    Tuple.of(1, longText(join(piece, 1, 200))),
                    Tuple.of(1, longText(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200))));
        }

        /**
         * 2,000 to 10,000 characters (past Telegram's 4,096 and the normaliser's cut), built by
         * repeating a shorter sample with a varying tail so that generating it stays cheap.
         */
        static Arbitrary<String> longText(Arbitrary<String> sample) {
            return net.jqwik.api.Combinators.combine(sample, Arbitraries.integers().between(2_000, 10_000), ASCII)
                    .as((s, length, tail) -> {
                        StringBuilder sb = new StringBuilder(length + s.length());
                        while (sb.length() < length) {
                            sb.append(s).append(tail);
                        }
                        return sb.substring(0, length);
                    });
        }

        /** Text without invisible characters or broken pairs, to test what adding them does. */
        static Arbitrary<String> visible() {
            Arbitrary<String> piece = Arbitraries.frequencyOf(
                    Tuple.of(6, WORDS), Tuple.of(6, ASCII), Tuple.of(4, HANGUL), Tuple.of(2, EMOJI), Tuple.of(1, WIDE));
            return join(piece, 1, 60);
        }

        static Arbitrary<String> join(Arbitrary<String> piece, int min, int max) {
            return piece.list().ofMinSize(min).ofMaxSize(max).map(l -> String.join("", l));
        }

        static Arbitrary<String> codePoints(int from, int to) {
            return Arbitraries.integers().between(from, to).map(Character::toString);
        }

        @SafeVarargs
        static Arbitrary<String> oneOf(Arbitrary<String>... alternatives) {
            // Copied element by element: handing the varargs array itself on is what javac warns about.
            List<Arbitrary<String>> choices = new java.util.ArrayList<>();
            for (Arbitrary<String> a : alternatives) {
                choices.add(a);
            }
            return Arbitraries.oneOf(choices);
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
