package faqbot.match;

import java.util.Arrays;

/**
 * What each word, and each pair of neighbouring words, that a thread met lately adds to every column
 * of the question model's score: the same words come back question after question, and working one
 * out adds a row of weights for each of its dozen letter runs, while remembering it costs one look-up
 * and one row. Bounded: a hash picks a set of two places, and a new word takes the one used less
 * lately (with one place per hash, two frequent words sharing it pushed each other out question after
 * question, and working words out again was an eighth of the time of a short question). A remembered
 * sum is the very sum that working it out again gives, so an answer never depends on which questions
 * came before.
 */
final class WordScores {
    /**
     * Places for words and as many for pairs: a thousand questions hold about 1,300 distinct words and
     * 2,500 pairs, and with a set a hash picks, a table must be a few times larger than what it holds
     * for few of them to push each other out. 2 MB of sums with 28 columns, per thread.
     */
    private static final int SLOTS = 1 << 13;
    /** Longer words are rare and are worked out each time, so that a long run of junk does not fill the table. */
    private static final int MAX_WORD = 24;

    private final float[] weights;
    private final int stride;
    // Place p < SLOTS is a word, p >= SLOTS a pair; its sums are the row at p * stride.
    private final float[] sums;
    private final long[] first = new long[2 * SLOTS];
    private final long[] second = new long[2 * SLOTS];
    private final int[][] words = new int[SLOTS][];
    private final boolean[] known = new boolean[2 * SLOTS];
    private final int[] counts = new int[2 * SLOTS];
    // For each set of two places (at its first): whether its first place was used less lately than its second, so is taken next.
    private final boolean[] older = new boolean[2 * SLOTS];
    private final int[] scratch = new int[QuestionFeatures.slotsOfWord(QuestionFeatures.MAX_CHARS)];
    private int count;

    /** @param weights the model's rows of {@code stride} columns, one per feature slot */
    WordScores(float[] weights, int stride) {
        this.weights = weights;
        this.stride = stride;
        this.sums = new float[2 * SLOTS * stride];
    }

    /** How many features the word or pair of the last call has. */
    int count() {
        return count;
    }

    /**
     * Where the sums of the word {@code t[from..to)} are, worked out now if it is not remembered; a
     * word too long to remember is added to {@code acc} at once, and -1 returned.
     */
    int word(int[] t, int from, int to, long hash, float[] acc) {
        if (to - from > MAX_WORD) {
            count = QuestionFeatures.wordSlots(t, from, to, hash, scratch, 0);
            addRows(count, acc);
            return -1;
        }
        int set = (int) ((hash * 0x9E3779B97F4A7C15L) >>> 51) & (SLOTS - 2);
        int place = set;
        if (!isWord(place, t, from, to, hash)) {
            place = set + 1;
            if (!isWord(place, t, from, to, hash)) {
                place = set + (older[set] ? 0 : 1);
                remember(place, QuestionFeatures.wordSlots(t, from, to, hash, scratch, 0));
                words[place] = Arrays.copyOfRange(t, from, to);
                first[place] = hash;
            }
        }
        older[set] = place != set;
        count = counts[place];
        return place * stride;
    }

    /**
     * Where the sums of what joins the word before {@code t[space]} to the word after it are (the word
     * pair and the letter runs across the space). A pair is known by its two words' 64-bit hashes, and
     * those depend on every letter, so two different pairs never share a sum in practice. A pair whose
     * sums the hashes do not decide is added to {@code acc} at once, and -1 returned.
     *
     * @param wordFrom where the word before the space starts
     * @param afterTo  where the word after the space ends
     */
    int join(int[] t, int wordFrom, int space, int afterTo, int m, long before, long after, float[] acc) {
        // The runs across the space read at most three places past it: after a word of one letter that
        // reaches the next word, which the two hashes do not cover.
        if (afterTo - space <= QuestionFeatures.LONGEST_RUN - 3) {
            count = joinSlots(t, wordFrom, space, m, before, after);
            addRows(count, acc);
            return -1;
        }
        int set = SLOTS + ((int) (((before * 31 + after) * 0x9E3779B97F4A7C15L) >>> 51) & (SLOTS - 2));
        int place = set;
        if (!isPair(place, before, after)) {
            place = set + 1;
            if (!isPair(place, before, after)) {
                place = set + (older[set] ? 0 : 1);
                remember(place, joinSlots(t, wordFrom, space, m, before, after));
                first[place] = before;
                second[place] = after;
            }
        }
        older[set] = place != set;
        count = counts[place];
        return place * stride;
    }

    /** Adds the rows at {@code places[0..p)} of the sums to {@code acc}. */
    void sum(int[] places, int p, float[] acc) {
        // Eight columns at a time, summed in locals: eight independent additions per row that stay in
        // registers, which is several times faster than adding whole rows into an array.
        for (int c = 0; c < stride; c += 8) {
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int i = 0; i < p; i++) {
                int base = places[i] + c;
                s0 += sums[base];
                s1 += sums[base + 1];
                s2 += sums[base + 2];
                s3 += sums[base + 3];
                s4 += sums[base + 4];
                s5 += sums[base + 5];
                s6 += sums[base + 6];
                s7 += sums[base + 7];
            }
            acc[c] += s0;
            acc[c + 1] += s1;
            acc[c + 2] += s2;
            acc[c + 3] += s3;
            acc[c + 4] += s4;
            acc[c + 5] += s5;
            acc[c + 6] += s6;
            acc[c + 7] += s7;
        }
    }

    private boolean isWord(int place, int[] t, int from, int to, long hash) {
        int[] word = words[place];
        return word != null && first[place] == hash && Arrays.equals(word, 0, word.length, t, from, to);
    }

    private boolean isPair(int place, long before, long after) {
        return known[place] && first[place] == before && second[place] == after;
    }

    /** Adds the weights of a row of features to a pair's or word's place. */
    private void remember(int place, int n) {
        int base = place * stride;
        Arrays.fill(sums, base, base + stride, 0f);
        for (int i = 0; i < n; i++) {
            int row = scratch[i] * stride;
            for (int c = 0; c < stride; c++) {
                sums[base + c] += weights[row + c];
            }
        }
        known[place] = true;
        counts[place] = n;
    }

    private int joinSlots(int[] t, int wordFrom, int space, int m, long before, long after) {
        int n = QuestionFeatures.joinSlots(t, wordFrom, space, m, scratch, 0);
        scratch[n++] = QuestionFeatures.pairSlot(before, after);
        return n;
    }

    private void addRows(int n, float[] acc) {
        for (int i = 0; i < n; i++) {
            int row = scratch[i] * stride;
            for (int c = 0; c < stride; c++) {
                acc[c] += weights[row + c];
            }
        }
    }
}
