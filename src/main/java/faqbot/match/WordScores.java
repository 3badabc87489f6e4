package faqbot.match;

import java.util.Arrays;

/**
 * What each word, and each pair of neighbouring words, that a thread met lately adds to every column
 * of the question model's score: the same words come back question after question, and working one
 * out adds a row of weights for each of its dozen letter runs, while remembering it costs one look-up
 * and one row. Bounded: a hash picks a set of eight places, and a new word takes the one used least
 * lately. With sets of two, the few sets that three or more frequent words or pairs fell into pushed
 * them out of each other at every round of questions (312 of the 8,400 look-ups of the benchmark's 987
 * questions missed on every round, and each miss reads a dozen rows of the 2 MB of weights); with sets
 * of eight, hardly any set overflows, and a look-up still reads the keys of one set side by side. A
 * remembered sum is the very sum that working it out again gives, so an answer never depends on
 * which questions came before.
 */
final class WordScores {
    /**
     * Places for words and as many for pairs: a thousand questions hold about 1,300 distinct words and
     * 2,500 pairs, and with a set a hash picks, a table must be a few times larger than what it holds
     * for few of them to push each other out. 2 MB of sums with 28 columns, per thread.
     */
    private static final int SLOTS = 1 << 13;
    /** Places per set: enough that few sets overflow, few enough that a look-up reads one or two lines of keys. */
    private static final int WAYS = 8;
    /** Longer words are rare and are worked out each time, so that a long run of junk does not fill the table. */
    private static final int MAX_WORD = 24;

    private final float[] weights;
    private final int stride;
    // Place p < SLOTS is a word, p >= SLOTS a pair; its sums are the row at p * stride.
    private final float[] sums;
    private final long[] first = new long[2 * SLOTS];
    private final long[] second = new long[2 * SLOTS];
    private final int[][] words = new int[SLOTS][];
    // Per place: when it was last used (a look-up count, 0 for a place never filled) above its number of features.
    private final long[] used = new long[2 * SLOTS];
    private final int[] scratch = new int[QuestionFeatures.slotsOfWord(QuestionFeatures.MAX_CHARS)];
    private int count;
    private long clock;
    // The clock when the question being read began: a place used since holds sums that question still has to add.
    private long questionStart;
    /** A word or pair has fewer features than this: a remembered word is at most 24 letters. */
    private static final int COUNT_BITS = 16;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

    /** @param weights the model's rows of {@code stride} columns, one per feature slot */
    WordScores(float[] weights, int stride) {
        this.weights = weights;
        this.stride = stride;
        this.sums = new float[2 * SLOTS * stride];
    }

    /** Starts a question: no place it uses is given to another of its words or pairs before it is summed. */
    void begin() {
        questionStart = clock + 1;
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
        int set = wordSet(hash);
        int place = -1;
        for (int p = set; p < set + WAYS; p++) {
            if (first[p] == hash && isWord(p, t, from, to)) {
                place = p;
                break;
            }
        }
        if (place < 0) {
            place = leastLately(set);
            if (place < 0) {
                count = QuestionFeatures.wordSlots(t, from, to, hash, scratch, 0);
                addRows(count, acc);
                return -1;
            }
            remember(place, QuestionFeatures.wordSlots(t, from, to, hash, scratch, 0));
            words[place] = Arrays.copyOfRange(t, from, to);
            first[place] = hash;
        }
        return touch(place);
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
        int set = SLOTS + ((int) (((before * 31 + after) * 0x9E3779B97F4A7C15L) >>> 51) & (SLOTS - WAYS));
        int place = -1;
        for (int p = set; p < set + WAYS; p++) {
            if (first[p] == before && second[p] == after && used[p] != 0) {
                place = p;
                break;
            }
        }
        if (place < 0) {
            place = leastLately(set);
            if (place < 0) {
                count = joinSlots(t, wordFrom, space, m, before, after);
                addRows(count, acc);
                return -1;
            }
            remember(place, joinSlots(t, wordFrom, space, m, before, after));
            first[place] = before;
            second[place] = after;
        }
        return touch(place);
    }

    /** The first place of the set a word's hash picks. */
    static int wordSet(long hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 51) & (SLOTS - WAYS);
    }

    /**
     * The place of {@code set} used least lately, an empty one first; -1 when the question being read
     * uses all of them (nine of its words in one set: only a long message can), since taking one would
     * replace sums it has yet to add. Two-way sets had no such guard, and a question with three words in
     * one set was scored with another word's sums in place of its first one's.
     */
    private int leastLately(int set) {
        int oldest = set;
        for (int p = set + 1; p < set + WAYS; p++) {
            if (used[p] >>> COUNT_BITS < used[oldest] >>> COUNT_BITS) {
                oldest = p;
            }
        }
        return used[oldest] >>> COUNT_BITS >= questionStart ? -1 : oldest;
    }

    /** Marks {@code place} as just used and returns where its sums are. */
    private int touch(int place) {
        count = (int) (used[place] & COUNT_MASK);
        used[place] = ++clock << COUNT_BITS | count;
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

    private boolean isWord(int place, int[] t, int from, int to) {
        int[] word = words[place];
        return word != null && Arrays.equals(word, 0, word.length, t, from, to);
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
        // The number of features goes with the time of use; touch() sets the time.
        used[place] = n;
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
