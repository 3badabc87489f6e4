package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The features are listed word by word so the model can remember each word's share; listed that way
 * they must still be every run of two to five places of the text exactly once, or the model would read
 * a question differently from how it learned it.
 */
class QuestionFeaturesTest {
    /** Runs of 2..5 places over a stream of {@code places} places, plus one feature per word and per pair. */
    private static int expected(int places, int words) {
        int runs = 0;
        for (int length = 2; length <= 5; length++) {
            runs += Math.max(0, places - length + 1);
        }
        return runs + words + Math.max(0, words - 1);
    }

    @Test
    void everyRunAcrossTheWholeTextIsCountedOnce() {
        // " ab cd " has 7 places; " a b c " too, where runs cross two spaces; " 현금화 수수료 " 9.
        assertEquals(expected(7, 2), QuestionFeatures.of("ab cd").n());
        assertEquals(expected(7, 3), QuestionFeatures.of("a b c").n());
        assertEquals(expected(9, 2), QuestionFeatures.of("현금화 수수료").n());
        assertEquals(expected(35, 8), QuestionFeatures.of("is it legal to sell my phone bill").n());
    }

    @Test
    void punctuationEmojiAndLaughterAddNoFeature() {
        int[] plain = sorted("소액결제 현금화 수수료 얼마");
        assertEquals(Arrays.toString(plain), Arrays.toString(sorted("소액결제, 현금화 수수료 얼마?! 😀 ㅋㅋㅋ")));
    }

    @Test
    void aNonQuestionHasNoFeatures() {
        assertEquals(0, QuestionFeatures.of("").n());
        assertEquals(0, QuestionFeatures.of("?!… 😀").n());
        assertEquals(0, QuestionFeatures.of("ㅋㅋㅋ ㅠㅠ").n());
    }

    private static int[] sorted(String text) {
        QuestionFeatures.Bag bag = QuestionFeatures.of(Normalizer.fold(text));
        int[] s = Arrays.copyOf(bag.slots(), bag.n());
        Arrays.sort(s);
        return s;
    }
}
