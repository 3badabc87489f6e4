package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void fullWidthAndUpperCaseFoldToPlainLowerCase() {
        assertEquals(List.of("paypal", "legal"), Normalizer.normalize("ＰａｙＰａｌ  LEGAL?").words());
    }

    @Test
    void punctuationAndEmojiSeparateWordsWithoutBeingWords() {
        assertEquals(List.of("is", "it", "legal"), Normalizer.normalize("is 🤔 it... legal?!!💸").words());
    }

    @Test
    void stretchedLettersAreSqueezedToTwo() {
        assertEquals(List.of("leegal", "scamm"), Normalizer.normalize("leeeeegal SCAMMMMM").words());
    }

    @Test
    void koreanSpacingDoesNotMatterInCompactForm() {
        assertEquals(Normalizer.normalize("소액결제 현금화 수수료").compact(), Normalizer.normalize("소액결제현금화수수료").compact());
        assertTrue(Normalizer.normalize("현금화는?").hasHangul());
    }

    @Test
    void latinWordGluedToKoreanParticleIsSplit() {
        assertEquals(List.of("paypal", "로", "보내요"), Normalizer.normalize("PayPal로 보내요").words());
    }

    @Test
    void invisibleFormatCharactersDoNotSplitWords() {
        // zero-width space inside, right-to-left override in front
        assertEquals(List.of("legal"), Normalizer.normalize("\u202Ele\u200Bgal").words());
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeSeparators() {
        assertEquals(List.of("fee", "scam"), Normalizer.normalize("fee\u0000\uD800scam\u0007").words());
        assertEquals(List.of("fee"), Normalizer.normalize("\uDC00fee\uD83D").words());
    }

    @Test
    void emptyBlankAndEmojiOnlyInputsNormaliseToNothing() {
        assertTrue(Normalizer.normalize("").isEmpty());
        assertTrue(Normalizer.normalize(null).isEmpty());
        assertTrue(Normalizer.normalize(" \t\n ").isEmpty());
        assertTrue(Normalizer.normalize("😂😂🔥💯").isEmpty());
        assertFalse(Normalizer.normalize("ㅎㅎ").isEmpty());
    }

    @Test
    void hugeInputIsCutToTheTelegramLimitBeforeWork() {
        String huge = "legal ".repeat(20_000);
        NormalizedText n = Normalizer.normalize(huge);
        assertTrue(n.text().length() <= Normalizer.MAX_INPUT_CHARS);
        assertEquals("legal", n.words().get(0));
    }

    @Test
    void compatibilityCharactersAreFoldedByNfkc() {
        // U+FB01 "ﬁ" ligature and circled/parenthesised forms
        assertEquals(List.of("fine"), Normalizer.normalize("ﬁne").words());
        assertEquals(List.of("1332"), Normalizer.normalize("１３３２").words());
    }
}
