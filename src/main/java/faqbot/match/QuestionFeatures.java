package faqbot.match;

/**
 * Turns a folded question into the hashed features the question model reads: its letters in runs of
 * two to five, spaces included (which survive typos, missing spaces and Korean endings), each word
 * and each pair of neighbouring words. Hashing keeps the model a fixed size whatever the questions
 * say. The features are listed word by word, the runs inside a word (with the spaces around it) apart
 * from the few that reach into the next word, so that {@link QuestionModel} can remember what a word
 * adds for the next question holding it.
 */
final class QuestionFeatures {
    /** Number of feature slots; a power of two so a hash picks one with a mask. */
    static final int SLOTS = 1 << 14;
    /** Only the first this many letters and spaces of a message are read: what it asks is said early, and the cost stays flat. */
    static final int MAX_CHARS = 300;
    /**
     * The shortest and longest letter runs. Single letters were a quarter of all features and told
     * entries apart no better without them; runs of five were a little better than four (left-out
     * batches, docs/benchmarks.md).
     */
    static final int SHORTEST_RUN = 2;
    static final int LONGEST_RUN = 5;
    private static final long SEED_CHARS = 0x9E3779B97F4A7C15L;
    private static final long SEED_WORD = 0xC2B2AE3D27D4EB4FL;
    private static final long SEED_PAIR = 0x165667B19E3779F9L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private QuestionFeatures() {
    }

    /** The feature slots of a question, one per occurrence (a slot can repeat); {@code n} says how many of {@code slots} are used. */
    record Bag(int[] slots, int n) {
        /** The weight of one occurrence: the bag is scaled to length one as if no two occurrences shared a slot. */
        double scale() {
            return scale(n);
        }

        static double scale(int n) {
            return n == 0 ? 0 : 1 / Math.sqrt(n);
        }
    }

    /** All the features of {@code folded}, as the model learns from them. */
    static Bag of(String folded) {
        int[] t = new int[MAX_CHARS];
        int m = stream(folded, t);
        int[] out = new int[maxSlots(m)];
        int n = 0;
        long previous = 0;
        int previousFrom = -1;
        for (int from = 1; from < m; ) {
            int to = wordEnd(t, from);
            if (to == from) {
                from++;
                continue;
            }
            long h = wordHash(t, from, to);
            n = wordSlots(t, from, to, h, out, n);
            if (previousFrom > 0) {
                n = joinSlots(t, previousFrom, from - 1, m, out, n);
                out[n++] = pairSlot(previous, h);
            }
            previous = h;
            previousFrom = from;
            from = to + 1;
        }
        return new Bag(out, n);
    }

    /**
     * The words of a folded question as one stream of code points in {@code t}, each word with a
     * space before and after it: the same words the rules' normaliser sees, so punctuation, emoji and
     * stretched letters change no feature ("안전한곳 추천좀" and "\u200B안전한곳 추천좀 😀?" are the same
     * question), cut at {@link #MAX_CHARS}, with the words of only laughing and crying letters dropped.
     *
     * @param t at least {@link #MAX_CHARS} long
     * @return how many places of {@code t} were written; the first is a space, and so is the last unless it is 1
     */
    static int stream(String folded, int[] t) {
        return withoutTone(t, Normalizer.wordStream(folded, t, Math.min(2 * folded.length() + 2, MAX_CHARS)));
    }

    /** Where the word starting at {@code from} ends: the index of the space after it. */
    static int wordEnd(int[] t, int from) {
        int to = from;
        while (t[to] != ' ') {
            to++;
        }
        return to;
    }

    /** A word's own hash, which both keys it and gives its feature. */
    static long wordHash(int[] t, int from, int to) {
        long h = SEED_WORD;
        for (int i = from; i < to; i++) {
            h = (h ^ t[i]) * FNV_PRIME;
        }
        return h;
    }

    /** The most slots one word of {@code length} letters can add (not counting its pair). */
    static int slotsOfWord(int length) {
        return (LONGEST_RUN - SHORTEST_RUN + 1) * (length + 2) + 1;
    }

    /** The most slots a stream of {@code m} places can give. */
    static int maxSlots(int m) {
        return slotsOfWord(m) + (JOIN_RUNS + 1) * m;
    }

    /** The most runs {@link #joinSlots} writes for one space. */
    static final int JOIN_RUNS = (LONGEST_RUN - 2) * (LONGEST_RUN - 1) / 2;

    /**
     * Writes the slots of the runs that have the space {@code t[space]} inside them, the first space
     * they have inside ("rd wo" in "word word"), into {@code out} from {@code n}.
     *
     * @param wordFrom where the word before the space starts (a run may start at the space before it)
     * @param m        the length of the stream
     * @return the new {@code n}
     */
    static int joinSlots(int[] t, int wordFrom, int space, int m, int[] out, int n) {
        for (int i = Math.max(space - (LONGEST_RUN - 2), wordFrom - 1); i < space; i++) {
            long h = SEED_CHARS;
            for (int k = 0; k < LONGEST_RUN && i + k < m; k++) {
                h = (h ^ t[i + k]) * FNV_PRIME;
                if (i + k > space) {
                    out[n++] = slot(h + k);
                }
            }
        }
        return n;
    }

    /**
     * Writes the slots of the word {@code t[from..to)} into {@code out} from {@code n}: its runs of
     * two to five letters, counting the spaces on either side as letters, then the word itself.
     *
     * @return the new {@code n}
     */
    static int wordSlots(int[] t, int from, int to, long wordHash, int[] out, int n) {
        for (int i = from - 1; i < to; i++) {
            long h = SEED_CHARS;
            for (int k = 0; k < LONGEST_RUN && i + k <= to; k++) {
                h = (h ^ t[i + k]) * FNV_PRIME;
                if (k + 1 >= SHORTEST_RUN) {
                    out[n++] = slot(h + k);
                }
            }
        }
        out[n++] = slot(wordHash);
        return n;
    }

    /** The slot of two neighbouring words, in their order. */
    static int pairSlot(long previous, long word) {
        return slot(previous * 31 + word + SEED_PAIR);
    }

    /**
     * Drops the words made only of laughing and crying letters (ㅋㅋ, ㅎㅎ, ㅠㅠ, ㅜㅜ): they say how a
     * person feels, not what they ask, and one more "ㅠ" must not move the answer to another topic.
     */
    private static int withoutTone(int[] t, int m) {
        int w = 1;
        int start = 1;
        for (int i = 1; i < m; i++) {
            if (t[i] != ' ') {
                continue;
            }
            if (start == i || !isToneWord(t, start, i)) {
                // Words move only once a word before them was dropped: most questions have none, and
                // copying every word onto itself was most of this step's time.
                if (w != start) {
                    System.arraycopy(t, start, t, w, i - start + 1);
                }
                w += i - start + 1;
            }
            start = i + 1;
        }
        return w;
    }

    /** Whether {@code t[from..to)} is all laughing and crying letters; most words are not, and their first letter says so. */
    private static boolean isToneWord(int[] t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isTone(t[j])) {
                return false;
            }
        }
        return true;
    }

    /** ㅋ, ㅎ, ㅠ and ㅜ, as typed and as folding (NFKC) leaves them, as leading consonants and vowels. */
    private static boolean isTone(int c) {
        return c == 'ㅋ' || c == 'ㅎ' || c == 'ㅠ' || c == 'ㅜ' || c == '\u110F' || c == '\u1112' || c == '\u1172' || c == '\u116E';
    }

    /** A 64-bit finaliser (MurmurHash3's) so that near hashes land far apart, then the low bits. */
    private static int slot(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) (h & (SLOTS - 1));
    }
}
