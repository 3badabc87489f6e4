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
    /** Enough for the distinct words of several long messages, so that messages taking turns do not push each other's words out. */
    private static final int SLOTS = 1 << 13;

    /**
     * One array per slot, so a look-up touches one object: the word's length n, its n chars, the
     * kind, then the chars it is written as.
     */
    private final char[][] entries = new char[SLOTS][];
    /** The slot the last {@link #find} looked at, where {@link #put} stores the word it missed. */
    private int pending = -1;

    /** Set on the kind of an entry whose written form is letters a-z only, which decides whether it may be joined. */
    private static final char LETTERS = 0x10;

    /** The slot holding {@code s[from..to)}, or -1. */
    int find(char[] s, int from, int to) {
        return find(s, from, to, hash(s, from, to));
    }

    /** The hash {@link #find} wants, {@code 31 * h + c} over the word's chars, which a writer can keep as it writes them. */
    static int hash(char[] s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s[i];
        }
        return h;
    }

    /** {@link #find(char[], int, int)} with the word's {@link #hash} already known. */
    int find(char[] s, int from, int to, int h) {
        int n = to - from;
        if (n > MAX_WORD) {
            pending = -1;
            return -1;
        }
        int slot = (h ^ (h >>> 13)) & (SLOTS - 1);
        char[] e = entries[slot];
        if (e != null && e[0] == n && same(e, s, from, n)) {
            return slot;
        }
        pending = slot;
        return -1;
    }

    /** A plain loop: words are a few letters, shorter than the set-up of a vectorised comparison. */
    private static boolean same(char[] e, char[] s, int from, int n) {
        for (int i = 0; i < n; i++) {
            if (e[1 + i] != s[from + i]) {
                return false;
            }
        }
        return true;
    }

    byte kind(int slot) {
        char[] e = entries[slot];
        return (byte) (e[e[0] + 1] & ~LETTERS);
    }

    /** Whether the word of {@code slot} is written with letters a-z only (and at least one). */
    boolean lettersOnly(int slot) {
        char[] e = entries[slot];
        return (e[e[0] + 1] & LETTERS) != 0;
    }

    /** The array holding what the word of {@code slot} is written as, from {@link #writtenFrom}. */
    char[] entry(int slot) {
        return entries[slot];
    }

    static int writtenFrom(char[] entry) {
        return entry[0] + 2;
    }

    /** What the word of {@code slot} is written as, copied. */
    char[] written(int slot) {
        char[] e = entries[slot];
        return java.util.Arrays.copyOfRange(e, writtenFrom(e), e.length);
    }

    /** Remembers that the word {@code word[0..n)}, just missed by {@link #find}, is written as {@code w[from..from+len)}. */
    void put(char[] word, int n, byte kind, char[] w, int from, int len) {
        if (pending < 0) {
            return;
        }
        char[] e = new char[n + 2 + len];
        e[0] = (char) n;
        System.arraycopy(word, 0, e, 1, n);
        boolean letters = len > 0;
        for (int i = from; i < from + len; i++) {
            letters &= w[i] >= 'a' && w[i] <= 'z';
        }
        e[n + 1] = (char) (kind | (letters ? LETTERS : 0));
        System.arraycopy(w, from, e, n + 2, len);
        entries[pending] = e;
        pending = -1;
    }
}
