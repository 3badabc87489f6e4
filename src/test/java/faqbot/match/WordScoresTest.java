package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a thread remembers of words is only a shortcut: a question's score must be the sum of its own
 * words' weights however its words fall into the remembered sets, even when more of them share one set
 * than the set has places.
 */
class WordScoresTest {
    private static final int STRIDE = 8;

    @Test
    void aQuestionWithMoreWordsInOneSetThanItHasPlacesIsScoredByItsOwnWords() {
        float[] weights = new float[(QuestionFeatures.SLOTS + 1) * STRIDE];
        Random random = new Random(8);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextFloat() - 0.5f;
        }
        // Three-letter words whose hashes pick the same set: twelve of them, more than any set holds.
        List<int[]> words = new ArrayList<>();
        int set = WordScores.wordSet(QuestionFeatures.wordHash(new int[] {' ', 'a', 'a', 'a', ' '}, 1, 4));
        for (int i = 0; i < 26 * 26 * 26 && words.size() < 12; i++) {
            int[] w = {' ', 'a' + i / 676, 'a' + i / 26 % 26, 'a' + i % 26, ' '};
            if (WordScores.wordSet(QuestionFeatures.wordHash(w, 1, 4)) == set) {
                words.add(w);
            }
        }
        assertEquals(12, words.size());
        WordScores known = new WordScores(weights, STRIDE);
        // Asked twice: the second time the set already holds words of the same question.
        for (int round = 0; round < 2; round++) {
            assertArrayEquals(direct(weights, words), remembered(known, words), 1e-4f);
        }
    }

    private static float[] remembered(WordScores known, List<int[]> words) {
        float[] acc = new float[STRIDE];
        int[] places = new int[words.size()];
        int p = 0;
        known.begin();
        for (int[] w : words) {
            int place = known.word(w, 1, 4, QuestionFeatures.wordHash(w, 1, 4), acc);
            if (place >= 0) {
                places[p++] = place;
            }
        }
        known.sum(places, p, acc);
        return acc;
    }

    private static float[] direct(float[] weights, List<int[]> words) {
        float[] acc = new float[STRIDE];
        int[] slots = new int[QuestionFeatures.slotsOfWord(3)];
        for (int[] w : words) {
            int n = QuestionFeatures.wordSlots(w, 1, 4, QuestionFeatures.wordHash(w, 1, 4), slots, 0);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < STRIDE; c++) {
                    acc[c] += weights[slots[i] * STRIDE + c];
                }
            }
        }
        return acc;
    }
}
