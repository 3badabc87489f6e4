package faqbot.match;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.UnaryOperator;

/**
 * Folds most text by one table look-up per char: every char that NFKC, the invisible-character
 * scrub, jamo composition and mark stripping all leave alone, and whose lower case is one such char
 * too, is looked up in a table. Only the stretches around other chars (loose jamo, marks,
 * full-width forms) take the general path, which made folding the costliest step of a long message.
 */
final class FoldTable {
    /**
     * Code points are described in blocks of 256, each the first time a text holds one of its chars:
     * describing all of them up front took a few hundred milliseconds at start-up. A block's facts are
     * written before its flag, so a reader that sees the flag set sees them.
     */
    private static final int BLOCK_BITS = 8;
    private static final AtomicIntegerArray READY = new AtomicIntegerArray(0x20000 >>> BLOCK_BITS);
    /** The lower case of each "simple" BMP char, or 0 when the char is not simple (or not described yet). */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];
    /** Simple code points of plane 1 (emoji and symbols), one bit each; they have no lower case of their own. */
    private static final long[] PLANE1 = new long[0x10000 / 64];
    /**
     * Code points of planes 0 and 1 that are or become a capital sigma under NFKC (Σ itself, the
     * lunate Ϲ, mathematical sigmas): its lower case depends on the letters on both sides, so text
     * holding one is folded whole.
     */
    private static final long[] SIGMA = new long[0x20000 / 64];
    /** Pieces up to this long are remembered per thread: the same "ㅋㅋ" or "ㅠㅠ" comes back in message after message. */
    private static final int CACHED_PIECE = 48;
    private static final ThreadLocal<PieceCache> PIECES = ThreadLocal.withInitial(PieceCache::new);
    /**
     * Each thread's copy of the text being folded and the folded chars, reused: a 4,096-character message
     * made two new arrays of 8 kB each, which the JVM zeroes or fills and the cache then holds for nothing.
     */
    private static final ThreadLocal<char[][]> BUFFERS = ThreadLocal.withInitial(() -> new char[][] {new char[256], new char[256]});

    private FoldTable() {
    }

    /** Makes sure the block of {@code cp} (below U+20000) is described. */
    private static void ensure(int cp) {
        if (READY.get(cp >>> BLOCK_BITS) == 0) {
            describe(cp >>> BLOCK_BITS);
        }
    }

    private static synchronized void describe(int block) {
        if (READY.get(block) != 0) {
            return;
        }
        for (int cp = block << BLOCK_BITS; cp < (block + 1) << BLOCK_BITS; cp++) {
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.SURROGATE) {
                continue;
            }
            String ch = new String(Character.toChars(cp));
            if (cp == 0x3A3 || !java.text.Normalizer.isNormalized(ch, java.text.Normalizer.Form.NFKC)
                    && java.text.Normalizer.normalize(ch, java.text.Normalizer.Form.NFKC).indexOf(0x3A3) >= 0) {
                SIGMA[cp >>> 6] |= 1L << (cp & 63);
            }
            if (!isSimple(cp)) {
                continue;
            }
            String lower = ch.toLowerCase(Locale.ROOT);
            if (cp <= Character.MAX_VALUE && lower.length() == 1 && isSimple(lower.charAt(0))) {
                LOWER[cp] = lower.charAt(0);
            } else if (cp > Character.MAX_VALUE && Character.toLowerCase(cp) == cp && lower.equals(ch)) {
                PLANE1[(cp - 0x10000) >>> 6] |= 1L << (cp & 63);
            }
        }
        READY.set(block, 1);
    }

    private static boolean isSigma(int cp) {
        if (cp >= 0x20000) {
            return false;
        }
        ensure(cp);
        return (SIGMA[cp >>> 6] & (1L << (cp & 63))) != 0;
    }

    /**
     * A simple char is a starter that needs no normalisation (NFKC leaves it, no mark, no control or
     * format char, no jamo) and never combines with the char before it: every char that does
     * (combining marks, vowel signs, conjoining jamo) is a mark or a jamo. So the place before a
     * simple char is a boundary for every folding step, and text can be folded piece by piece.
     */
    private static boolean isSimple(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x3A3 || isJamoBlock(cp)) {
            return false;
        }
        return java.text.Normalizer.isNormalized(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
    }

    private static boolean isJamoBlock(int cp) {
        return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xD7B0 && cp <= 0xD7FF) || (cp >= 0xFFA0 && cp <= 0xFFDF);
    }

    /** Length of the simple unit (a char or a surrogate pair) at {@code i}, or 0 when it is not simple. */
    private static int simpleAt(char[] s, int n, int i) {
        char c = s[i];
        if (LOWER[c] != 0) {
            return 1;
        }
        if (READY.get(c >>> BLOCK_BITS) == 0) {
            describe(c >>> BLOCK_BITS);
            if (LOWER[c] != 0) {
                return 1;
            }
        }
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s[i + 1])) {
            int cp = Character.toCodePoint(c, s[i + 1]);
            if (cp >= 0x20000) {
                return 0;
            }
            ensure(cp);
            return (PLANE1[(cp - 0x10000) >>> 6] & (1L << (cp & 63))) != 0 ? 2 : 0;
        }
        return 0;
    }

    /**
     * The same as {@code general.apply(s)}: simple chars are lower-cased through the table, and each
     * stretch of other chars, with the simple char before it, goes through {@code general}.
     */
    static String fold(String s, UnaryOperator<String> general) {
        int n = s.length();
        char[][] buffers = BUFFERS.get();
        if (buffers[0].length < n + 16) {
            buffers[0] = new char[n + 16];
            buffers[1] = new char[n + 16];
        }
        char[] in = buffers[0];
        s.getChars(0, n, in, 0);
        // Chars folding leaves as they are (lower case, Korean syllables): many questions are nothing
        // else, and then the text is its own folded form, with no copy to make.
        int same = 0;
        while (same < n) {
            char c = in[same];
            if (!Hangul.isSyllable(c) && (LOWER[c] != c || c == 0)) {
                break;
            }
            same++;
        }
        if (same == n) {
            return s;
        }
        char[] out = buffers[1];
        System.arraycopy(in, 0, out, 0, same);
        int o = same;
        int i = same;
        int lastSimple = same - 1;
        while (i < n) {
            // A run of chars already described as simple, in one tight loop: nearly all of most text.
            int run = i;
            while (i < n) {
                char c = in[i];
                char lower = c;
                if (!Hangul.isSyllable(c)) {
                    lower = LOWER[c];
                    if (lower == 0) {
                        break;
                    }
                }
                // A syllable is simple and without case: half of most Korean text, kept out of the table to spare the cache.
                out[o++] = lower;
                i++;
            }
            if (i > run) {
                lastSimple = i - 1;
            }
            if (i >= n) {
                break;
            }
            int unit = simpleAt(in, n, i);
            if (unit == 1) {
                out[o++] = LOWER[in[i]];
                lastSimple = i++;
                continue;
            }
            if (unit == 2) {
                out[o++] = in[i];
                out[o++] = in[i + 1];
                lastSimple = i;
                i += 2;
                continue;
            }
            // The piece starts at the simple unit before the stretch (a mark or a jamo may combine with it)
            // and ends before the next simple unit. Pieces are short and repeat, so most come from the cache.
            int from = lastSimple >= 0 ? lastSimple : i;
            o -= i - from;
            int to = pieceEnd(in, n, i);
            for (int k = i; k < to; k += Character.charCount(Character.codePointAt(in, k, to))) {
                if (isSigma(Character.codePointAt(in, k, to))) {
                    return general.apply(s);
                }
            }
            String folded = to - from <= CACHED_PIECE ? PIECES.get().fold(s.substring(from, to), general) : general.apply(s.substring(from, to));
            if (out.length < o + folded.length() + (n - to)) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, o + folded.length() + (n - to) + 16));
                buffers[1] = out;
            }
            folded.getChars(0, folded.length(), out, o);
            o += folded.length();
            lastSimple = -1;
            i = to;
        }
        return new String(out, 0, o);
    }

    /** The first simple unit at or after {@code i}, or the end. */
    private static int pieceEnd(char[] s, int n, int i) {
        while (i < n && simpleAt(s, n, i) == 0) {
            i++;
        }
        return i;
    }

    /** A bounded per-thread memo of folded pieces; folding is a pure function, so a hit is always right. */
    private static final class PieceCache {
        private static final int MAX_ENTRIES = 2_048;
        private final java.util.HashMap<String, String> folded = new java.util.HashMap<>();

        String fold(String piece, UnaryOperator<String> general) {
            String f = folded.get(piece);
            if (f == null) {
                if (folded.size() >= MAX_ENTRIES) {
                    folded.clear();
                }
                f = general.apply(piece);
                folded.put(piece, f);
            }
            return f;
        }
    }
}
