package faqbot.match;

/**
 * Turns a folded question into the hashed features the question model reads: the characters in
 * runs of one to four (which survive typos, missing spaces and Korean endings), whole words and
 * word pairs. Hashing keeps the model a fixed size whatever the questions say, and reading the
 * text once with no strings built keeps it cheap on every question.
 */
final class QuestionFeatures {
    /** Number of feature slots; a power of two so a hash picks one with a mask. */
    static final int SLOTS = 1 << 14;
    /** Only the first this many letters and spaces of a message are read: what it asks is said early, and the cost stays flat. */
    static final int MAX_CHARS = 300;
    private static final int LONGEST_RUN = 4;
    private static final long SEED_CHARS = 0x9E3779B97F4A7C15L;
    private static final long SEED_WORD = 0xC2B2AE3D27D4EB4FL;
    private static final long SEED_PAIR = 0x165667B19E3779F9L;

    private QuestionFeatures() {
    }

    /** The feature slots of {@code folded}, one per occurrence (a slot can repeat); {@code n} says how many of {@code out} are used. */
    record Bag(int[] slots, int n) {
        /** The weight of one occurrence: the bag is scaled to length one as if no two occurrences shared a slot. */
        double scale() {
            return n == 0 ? 0 : 1 / Math.sqrt(n);
        }
    }

    static Bag of(String folded) {
        // The same words the rules' normaliser sees, so punctuation, emoji and stretched letters
        // change no feature: "안전한곳 추천좀" and "\u200B안전한곳 추천좀 😀?" are the same question.
        int[] t = new int[Math.min(2 * folded.length() + 2, MAX_CHARS)];
        int m = withoutTone(t, Normalizer.wordStream(folded, t, t.length));
        int[] out = new int[m * (LONGEST_RUN + 2)];
        int n = 0;
        for (int i = 0; i < m; i++) {
            long h = SEED_CHARS;
            for (int k = 0; k < LONGEST_RUN && i + k < m; k++) {
                h = (h ^ t[i + k]) * 0x100000001B3L;
                if (k == 0 && t[i] == ' ') {
                    continue;
                }
                out[n++] = slot(h + k);
            }
        }
        long previous = 0;
        boolean hasPrevious = false;
        int i = 1;
        while (i < m) {
            long h = SEED_WORD;
            while (t[i] != ' ') {
                h = (h ^ t[i]) * 0x100000001B3L;
                i++;
            }
            i++;
            if (h == SEED_WORD) {
                continue;
            }
            out[n++] = slot(h);
            if (hasPrevious) {
                out[n++] = slot(previous * 31 + h + SEED_PAIR);
            }
            previous = h;
            hasPrevious = true;
        }
        return new Bag(out, n);
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
            boolean tone = true;
            for (int j = start; j < i; j++) {
                tone &= isTone(t[j]);
            }
            if (!tone || start == i) {
                System.arraycopy(t, start, t, w, i - start + 1);
                w += i - start + 1;
            }
            start = i + 1;
        }
        return w;
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
