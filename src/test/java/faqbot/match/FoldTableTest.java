package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import faqbot.testing.Cases;
import faqbot.testing.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding through the table gives exactly what the step-by-step fold gives, for any text. */
class FoldTableTest {
    /** Chars that start a composition with the char after them (Indic two-part vowels, Hangul LV and L), and other troublemakers. */
    private static final String COMBINE_WITH_NEXT = "e\u0B47\u0BC6\u0BC7\u0CBF\u0CC6\u0CCA\u0D46\u0D47\u1025\u1B05\u1B3A\u1B3E\u1B42"
            + "가\u1100ㄱㄳㅏ\uFFA1Ａ\u0301\u0345\u3099ﬁ㈜Σ\u0130";
    private static final Gen<String> TEXT = Gen.join(Gen.frequency(
            Gen.weight(4, Gen.of("a", "B", "가", "현", " ", "?", "😂", "ㅋㅋㅋ", "ㅎㅕㄴㄱㅡㅁ", "ㄳ", "ᄉ\u0301ᅮ", "\u200b", "\u0000", "\uD800",
                    "ＰＡＹ", "ﬁ", "Σ", "ΟΔΟΣ", "İ", "e\u0301", "\u0B47\u0B3E", "\u1100\u1161\u11A8", "각\u11A8", "가ㄳ", "🇰🇷", "\uFE0F", "ǅ",
                    "\u212A", "\uD835\uDC00", "\uD801\uDC00", "ß", "ẞ", "\u00A0", "\u3000", "①", "\uFFA1\uFFC2")),
            Gen.weight(2, Gen.chars(COMBINE_WITH_NEXT + "abc가나\u0300\u0B3E\u0BBE\u0CC2\u0CD5\u0D3E\u102E\u1B35\u1161\u11A8ㅂㅜ", 1, 6)),
            Gen.weight(1, Gen.anyChars(1, 4)),
            Gen.weight(1, Gen.chars("abcdefghijklmnopqrstuvwxyz ", 20, 60))), 0, 40);

    private static String viaTable(String s) {
        return FoldTable.fold(s, Normalizer::foldGeneral);
    }

    @Test
    void anyTextFoldsTheSameThroughTheTable() {
        List<String> fixed = List.of("", "Is IT legal?", "소액결제 현금화 ㅋㅋㅋ 😂", "ㅎㅕㄴㄱㅡㅁ화", "가ㄳ", "ΟΔΟΣ ΟΔΟΣ", "e\u0301", "ＰＡＹＰＡＬ");
        Cases.forAll(fixed, 5_000, TEXT, s -> assertEquals(Normalizer.foldGeneral(s), viaTable(s)));
    }

    @Test
    void everyCharFoldsTheSameBetweenSimpleCharsAndAfterOnesThatCombine() {
        StringBuilder wrong = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            for (String s : new String[] {"a" + ch + "b", "가" + ch + "가", ch + ch}) {
                if (!Normalizer.foldGeneral(s).equals(viaTable(s))) {
                    wrong.append(Integer.toHexString(c)).append(' ');
                }
            }
            for (int k = 0; k < COMBINE_WITH_NEXT.length(); k++) {
                String s = COMBINE_WITH_NEXT.charAt(k) + ch;
                if (!Normalizer.foldGeneral(s).equals(viaTable(s))) {
                    wrong.append(Integer.toHexString(COMBINE_WITH_NEXT.charAt(k))).append('+').append(Integer.toHexString(c)).append(' ');
                }
            }
        }
        assertEquals("", wrong.toString());
    }
}
