package faqbot.match;

/**
 * What one text writer wrote for each English word it met lately (its key, a correction, or Korean
 * from an English layout), because the same words come back question after question and dozens of
 * times in a long message, and working one out costs stemming and a dozen hash probes. Direct-mapped
 * and bounded: a new word takes its slot from an older one. One per writer, so per thread.
 */
final class WordMemo {
    /** The word is a vocabulary key as it stands. */
    static final byte KNOWN = 0;
    /** Not a vocabulary key (a correction, or no match at all): written as stored, then maybe joined with the word before. */
    static final byte UNKNOWN = 1;
    /** Korean typed on an English layout: the stored syllables are written as Korean. */
    static final byte KOREAN = 2;
    /** Longer words are not remembered: they are rare, and the check would cost what it saves. */
    static final int MAX_WORD = 32;
    private static final int SLOTS = 1 << 11;

    private final char[][] words = new char[SLOTS][];
    private final byte[] kinds = new byte[SLOTS];
    private final char[][] written = new char[SLOTS][];
    /** The slot the last {@link #find} looked at, where {@link #put} stores the word it missed. */
    private int pending = -1;

    /** The slot holding {@code s[from..to)}, or -1. */
    int find(char[] s, int from, int to) {
        if (to - from > MAX_WORD) {
            pending = -1;
            return -1;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s[i];
        }
        int slot = (h ^ (h >>> 11)) & (SLOTS - 1);
        char[] w = words[slot];
        if (w != null && w.length == to - from && java.util.Arrays.equals(w, 0, w.length, s, from, to)) {
            return slot;
        }
        pending = slot;
        return -1;
    }

    byte kind(int slot) {
        return kinds[slot];
    }

    char[] written(int slot) {
        return written[slot];
    }

    /** Remembers that the word {@code word[0..n)}, just missed by {@link #find}, is written as {@code w[from..from+len)}. */
    void put(char[] word, int n, byte kind, char[] w, int from, int len) {
        if (pending < 0) {
            return;
        }
        words[pending] = java.util.Arrays.copyOf(word, n);
        kinds[pending] = kind;
        written[pending] = java.util.Arrays.copyOfRange(w, from, from + len);
        pending = -1;
    }
}
