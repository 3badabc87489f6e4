package faqbot.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every English word key the vocabulary uses, with a deletion index (as in SymSpell), so that a
 * typed word is checked, corrected for one typo, or joined with its neighbour by hash lookups on
 * the question's own characters, without building a string per word.
 */
final class LatinWords {
    /** Below this length only a swap of two letters is forgiven ("crads"); other edits need 5. */
    static final int MIN_SWAP_LENGTH = 4;
    static final int MIN_EDIT_LENGTH = WordForms.MIN_FUZZY_LENGTH;
    static final int MIN_SUBSTITUTION_LENGTH = 6;

    private static final long BASE = 0x100000001b3L;

    private final char[][] words;
    /** BASE to the power of i, for every length a correction is tried on. */
    private final long[] powers;
    private final LongTable known;
    private final LongTable deletions;
    /** First letters and lengths of the words a typo could be of, to skip hopeless words cheaply. */
    private final boolean[] firstLetters = new boolean[128];
    private final int maxLength;
    /**
     * The first three letters (fewer padded with {@link #PAD}) of every proper prefix of a word, one bit
     * each: a word that starts no vocabulary word cannot be joined to the next one, and most words
     * are told so here without the hash and table look-up of the join itself.
     */
    private final long[] prefixes = new long[(27 * 27 * 27 + 63) / 64];
    private static final int PAD = 26;

    private LatinWords(char[][] words, LongTable known, LongTable deletions) {
        this.words = words;
        this.known = known;
        this.deletions = deletions;
        int max = 0;
        for (char[] w : words) {
            if (w.length >= MIN_SWAP_LENGTH && w[0] < 128) {
                firstLetters[w[0]] = true;
                max = Math.max(max, w.length);
            }
        }
        this.maxLength = max;
        for (char[] w : words) {
            for (int n = 1; n < w.length; n++) {
                int k = prefixKey(w, 0, n);
                if (k >= 0) {
                    prefixes[k >>> 6] |= 1L << k;
                }
            }
        }
        this.powers = new long[max + 2];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * BASE;
        }
    }

    static LatinWords of(Set<String> keys) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(keys));
        char[][] words = new char[sorted.size()][];
        Map<Long, List<Integer>> known = new HashMap<>();
        Map<Long, List<Integer>> dels = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            char[] w = sorted.get(i).toCharArray();
            words[i] = w;
            known.computeIfAbsent(hash(w, 0, w.length, -1), k -> new ArrayList<>()).add(i);
            if (w.length >= MIN_SWAP_LENGTH) {
                dels.computeIfAbsent(hash(w, 0, w.length, -1), k -> new ArrayList<>()).add(i);
                for (int d = 0; d < w.length; d++) {
                    dels.computeIfAbsent(hash(w, 0, w.length, d), k -> new ArrayList<>()).add(i);
                }
            }
        }
        return new LatinWords(words, LongTable.of(known), LongTable.of(dels));
    }

    /**
     * Polynomial hash of {@code s[from..to)}, skipping index {@code skip} (or none when -1): unlike
     * FNV it can drop one letter arithmetically, so the n deletions of a word cost O(n), not O(n²).
     */
    static long hash(char[] s, int from, int to, int skip) {
        long h = 0;
        for (int i = from; i < to; i++) {
            if (i != skip) {
                h = h * BASE + s[i];
            }
        }
        return h;
    }

    /** Whether {@code s[from..to)} is a word key of the vocabulary. */
    boolean isKnown(char[] s, int from, int to) {
        return find(s, from, to) >= 0;
    }

    /** False when {@code s[from..to)} (letters a-z) is surely no proper prefix of a vocabulary word; true when it may be. */
    boolean mayStartWord(char[] s, int from, int to) {
        int k = prefixKey(s, from, to - from);
        return k < 0 || (prefixes[k >>> 6] & (1L << k)) != 0;
    }

    /** The first three chars of {@code s[from..from+n)} as a number, or -1 when one is not a-z. */
    private static int prefixKey(char[] s, int from, int n) {
        int k = 0;
        for (int i = 0; i < 3; i++) {
            int c = PAD;
            if (i < n) {
                c = s[from + i] - 'a';
                if (c < 0 || c >= PAD) {
                    return -1;
                }
            }
            k = 27 * k + c;
        }
        return k;
    }

    /** Whether {@code s[from..to)} without the character at {@code skip} (the space between two words) is a known word. */
    boolean isKnownJoined(char[] s, int from, int to, int skip) {
        int[] ids = known.get(hash(s, from, to, skip));
        if (ids != null) {
            for (int id : ids) {
                char[] w = words[id];
                if (w.length == to - from - 1 && same(s, from, w, 0, skip - from) && same(s, skip + 1, w, skip - from, to - skip - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int find(char[] s, int from, int to) {
        int[] ids = known.get(hash(s, from, to, -1));
        if (ids != null) {
            for (int id : ids) {
                if (equal(words[id], s, from, to)) {
                    return id;
                }
            }
        }
        return -1;
    }

    /**
     * The vocabulary word that {@code s[from..to)} is one typo of, or null: one swap of neighbours
     * for words of 4+ letters, one insertion, deletion or substitution (not of the last letter) for
     * 5+, first letter kept (so "route" never becomes "out", "crime" never "prime", "broken" never
     * "broker"); null when two words fit equally.
     */
    char[] correction(char[] s, int from, int to) {
        int n = to - from;
        if (n < MIN_SWAP_LENGTH || n > maxLength + 1 || s[from] >= 128 || !firstLetters[s[from]]) {
            return null;
        }
        char[] best = null;
        long whole = hash(s, from, to, -1);
        long prefix = 0;
        for (int d = -1; d < n; d++) {
            long h = whole;
            if (d >= 0) {
                // Without letter d: prefix[d] * B^(n-1-d) + (whole - prefix[d+1] * B^(n-1-d)).
                long next = prefix * BASE + s[from + d];
                h = (prefix - next) * powers[n - 1 - d] + whole;
                prefix = next;
            }
            int[] ids = deletions.get(h);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                char[] w = words[id];
                if (w != best && w[0] == s[from] && typo(s, from, to, w)) {
                    if (best != null) {
                        return null;
                    }
                    best = w;
                }
            }
        }
        return best;
    }

    private static boolean typo(char[] s, int from, int to, char[] w) {
        int n = to - from;
        boolean longEnough = n >= MIN_EDIT_LENGTH - 1 && w.length >= MIN_EDIT_LENGTH;
        if (n == w.length) {
            int i = 0;
            while (i < n && s[from + i] == w[i]) {
                i++;
            }
            if (i == n) {
                return false;
            }
            if (i + 1 < n && s[from + i] == w[i + 1] && s[from + i + 1] == w[i] && same(s, from + i + 2, w, i + 2, n - i - 2)) {
                return true;
            }
            // A different last letter is more often another word than a typo: broken/broker, lender/lended.
            // Substitutions need 6 letters: at 5, count/court, cheap/cheat are different words.
            return n >= MIN_SUBSTITUTION_LENGTH && longEnough && i < n - 1 && same(s, from + i + 1, w, i + 1, n - i - 1);
        }
        if (!longEnough || Math.abs(n - w.length) != 1) {
            return false;
        }
        int i = 0;
        while (i < n && i < w.length && s[from + i] == w[i]) {
            i++;
        }
        return n > w.length ? same(s, from + i + 1, w, i, w.length - i) : same(s, from + i, w, i + 1, n - i);
    }

    private static boolean same(char[] a, int ai, char[] b, int bi, int len) {
        for (int k = 0; k < len; k++) {
            if (a[ai + k] != b[bi + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(char[] w, char[] s, int from, int to) {
        return w.length == to - from && same(s, from, w, 0, w.length);
    }

    /**
     * A read-only map from 64-bit hash to ids, open addressing, so lookups never box a key; a bit
     * filter (16 or more bits per key) in front of it answers most misses (nearly every probe of a word the
     * vocabulary does not know) from a few kilobytes that stay in cache, not from the table.
     */
    private static final class LongTable {
        private final long[] keys;
        private final int[][] values;
        private final int mask;
        private final long[] filter;
        private final int filterMask;

        private LongTable(long[] keys, int[][] values, long[] filter) {
            this.keys = keys;
            this.values = values;
            this.mask = keys.length - 1;
            this.filter = filter;
            this.filterMask = filter.length * 64 - 1;
        }

        static LongTable of(Map<Long, List<Integer>> m) {
            int cap = Integer.highestOneBit(Math.max(4, m.size() * 2 - 1)) * 2;
            long[] keys = new long[cap];
            int[][] values = new int[cap][];
            long[] filter = new long[Math.max(1, cap * 8 / 64)];
            m.forEach((k, v) -> {
                int b = filterBit(k, filter.length * 64 - 1);
                filter[b >>> 6] |= 1L << b;
                int i = (int) (mix(k) & (cap - 1));
                while (values[i] != null) {
                    i = (i + 1) & (cap - 1);
                }
                keys[i] = k;
                values[i] = v.stream().mapToInt(Integer::intValue).toArray();
            });
            return new LongTable(keys, values, filter);
        }

        int[] get(long k) {
            int b = filterBit(k, filterMask);
            if ((filter[b >>> 6] & (1L << b)) == 0) {
                return null;
            }
            int i = (int) (mix(k) & mask);
            while (values[i] != null) {
                if (keys[i] == k) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return null;
        }

        /** The filter uses the hash's high bits, the table its low ones, so the two miss independently. */
        private static int filterBit(long k, int filterMask) {
            return (int) (mix(k) >>> 40) & filterMask;
        }

        private static long mix(long k) {
            // The polynomial hash's low bits depend only on the letters' low bits: spread the high ones down.
            k *= 0x9E3779B97F4A7C15L;
            return k ^ (k >>> 32);
        }
    }
}
