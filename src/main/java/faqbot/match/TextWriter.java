package faqbot.match;

/**
 * Writes a folded question into the one buffer the automaton reads: English words as their keys
 * between spaces (stem, doubled letters squeezed, one typo corrected, words wrongly split joined),
 * Korean with the spaces between Korean letters removed, and Korean typed
 * on an English layout turned back into Korean. One instance per thread; reused, so it allocates
 * nothing per word. The same writer prepares the FAQ's forms, so both sides meet exactly.
 */
final class TextWriter {
    private static final int MAX_RUN = 2;
    private static final int MIN_LAYOUT_LETTERS = 3;
    private static final int AMOUNT_LETTERS = 3;

    private final LatinWords vocabulary;
    private char[] out = new char[64];
    /** The folded text, copied once: reading a char array costs less than String.charAt per char. */
    private char[] in = new char[64];
    private int len;
    private boolean hangul;
    private int prevWordStart = -1;
    private final char[] raw = new char[64];
    private final char[] jamo = new char[64];
    private final char[] syllables = new char[64];
    private final WordMemo memo = new WordMemo();
    /** Whether the English word just written (before any join) is letters a-z only, as the memo knew or as checked once. */
    private boolean wordLetters;

    /** @param vocabulary the known English words, or null to write forms without corrections */
    TextWriter(LatinWords vocabulary) {
        this.vocabulary = vocabulary;
    }

    char[] chars() {
        return out;
    }

    int length() {
        return len;
    }

    /** Whether the text had Korean letters (before any layout conversion). */
    boolean hasHangul() {
        return hangul;
    }

    /** True when nothing but spaces was written. */
    boolean isBlank() {
        return len <= 1;
    }

    /** Writes {@code folded} (NFKC, lower case, see {@link Normalizer#fold}) over the previous contents. */
    TextWriter write(String folded) {
        ensure(folded.length() * 2 + 4);
        len = 0;
        hangul = false;
        prevWordStart = -1;
        out[len++] = ' ';
        int wordStart = -1;
        int hangulStart = -1;
        int prev = -1;
        int run = 0;
        boolean wordLatin = false;
        // Whether the word so far is all a-z and 0-9, kept as it is written rather than read again at its end.
        boolean wordAscii = true;
        // The memo's hash of the word so far, likewise.
        int wordHash = 0;
        int n = folded.length();
        if (in.length < n) {
            in = new char[Math.max(n, in.length * 2)];
        }
        folded.getChars(0, n, in, 0);
        char[] text = in;
        for (int i = 0; i < n; ) {
            char ch = text[i];
            if (wordStart >= 0 && wordLatin && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) {
                // Inside an English word, a-z and 0-9 need none of the checks below, only the squeeze;
                // the run is read in a loop of its own on local copies of the buffer and its length.
                char[] o = out;
                int l = len;
                do {
                    i++;
                    run = ch == prev ? run + 1 : 1;
                    prev = ch;
                    if (run <= MAX_RUN) {
                        o[l++] = ch;
                        wordHash = 31 * wordHash + ch;
                    }
                    ch = i < n ? text[i] : ' ';
                } while ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));
                len = l;
                continue;
            }
            if (hangulStart >= 0 && Hangul.isSyllable(ch)) {
                // Inside a Korean run, a syllable likewise: squeezed, written in its canonical form.
                char[] o = out;
                int l = len;
                do {
                    i++;
                    run = ch == prev ? run + 1 : 1;
                    prev = ch;
                    if (run <= MAX_RUN) {
                        o[l++] = Letters.canonical(ch);
                    }
                    ch = i < n ? text[i] : ' ';
                } while (Hangul.isSyllable(ch));
                len = l;
                continue;
            }
            int cp = Character.isSurrogate(ch) ? Character.codePointAt(text, i, n) : ch;
            i += Character.charCount(cp);
            int flags = Letters.of(cp);
            boolean ko = (flags & Letters.HANGUL) != 0;
            boolean letter = (flags & Letters.LETTER) != 0;
            // As in the normaliser, a change of script ends a word: "paypal로", "legalɐlegal".
            boolean latin = (flags & Letters.LATIN) != 0;
            if (!letter || ko != (hangulStart >= 0) || (wordStart >= 0 && latin != wordLatin)) {
                if (wordStart >= 0) {
                    endLatin(wordStart, wordAscii, wordHash);
                    wordStart = -1;
                }
                hangulStart = -1;
                if (!letter) {
                    prev = -1;
                    continue;
                }
            }
            run = cp == prev ? run + 1 : 1;
            prev = cp;
            if (run > MAX_RUN) {
                // "leeeegal", "ㅋㅋㅋㅋ": a stretched letter counts twice at most.
                continue;
            }
            if (ko) {
                if (hangulStart < 0) {
                    hangulStart = startHangul();
                }
                hangul = true;
            } else if (wordStart < 0) {
                if (out[len - 1] != ' ') {
                    out[len++] = ' ';
                }
                wordStart = len;
                wordLatin = latin;
                wordAscii = true;
                wordHash = 0;
            }
            if (!ko) {
                wordAscii &= (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
                wordHash = 31 * wordHash + cp;
            }
            if (Hangul.isSyllable(cp)) {
                out[len++] = Letters.canonical((char) cp);
            } else if (Character.isBmpCodePoint(cp)) {
                out[len++] = (char) cp;
            } else {
                len += Character.toChars(cp, out, len);
            }
        }
        if (wordStart >= 0) {
            endLatin(wordStart, wordAscii, wordHash);
        }
        if (out[len - 1] != ' ') {
            out[len++] = ' ';
        }
        return this;
    }

    /** Korean text continues across spaces and punctuation: "소액 결제" is written 소액결제. */
    private int startHangul() {
        if (len >= 2 && out[len - 1] == ' ' && isHangulChar(out[len - 2])) {
            len--;
        }
        prevWordStart = -1;
        return len;
    }

    /** Ends the word written from {@code start}; {@code ascii} when it is all a-z and 0-9, {@code hash} its {@link WordMemo#hash} then. */
    private void endLatin(int start, boolean ascii, int hash) {
        int n = len - start;
        boolean letters = false;
        if (ascii && WordForms.isAmount(out, start, len)) {
            // 500k, 1m: money amounts are one word class, so "need 500k" reads like "need <amount>" whatever the figure.
            out[start] = 'a';
            out[start + 1] = 'm';
            out[start + 2] = 't';
            len = start + AMOUNT_LETTERS;
            letters = true;
        } else if (ascii && vocabulary == null) {
            len = start + WordForms.key(out, start, n);
            letters = WordForms.isLetters(out, start, len);
        } else if (ascii) {
            if (writeWord(start, n, hash)) {
                return;
            }
            letters = wordLetters;
        }
        // Only words of letters are joined: "1 2" must not become a help-line number.
        prevWordStart = out[start - 1] == ' ' && letters ? start : -1;
        out[len++] = ' ';
    }

    /** "pay pal", "micro payment": a word the vocabulary does not know is joined to the previous one when together they are a known word. */
    private void joinWithPrevious(int start) {
        if (prevWordStart < 0 || prevWordStart >= start - 1 || !vocabulary.mayStartWord(out, prevWordStart, start - 1)
                || !wordLetters || !vocabulary.isKnownJoined(out, prevWordStart, len, start - 1)) {
            return;
        }
        System.arraycopy(out, start, out, start - 1, len - start);
        len--;
    }

    /**
     * Writes an English word as the vocabulary reads it (its key, a typo corrected, or Korean typed
     * on an English layout); true when it became Korean. A word seen before by this writer costs
     * one look-up in the memo instead of the stemming, the correction's hash probes and the layout check.
     */
    private boolean writeWord(int start, int n, int hash) {
        int slot = memo.find(out, start, len, hash);
        if (slot < 0) {
            return computeWord(start, n);
        }
        char[] e = memo.entry(slot);
        int from = WordMemo.writtenFrom(e);
        int m = e.length - from;
        byte kind = memo.kind(slot);
        if (kind == WordMemo.KOREAN) {
            writeHangul(start, e, from, m);
            return true;
        }
        System.arraycopy(e, from, out, start, m);
        len = start + m;
        wordLetters = memo.lettersOnly(slot);
        if (kind != WordMemo.KNOWN) {
            joinWithPrevious(start);
        }
        return false;
    }

    private boolean computeWord(int start, int n) {
        int rawLen = Math.min(n, raw.length);
        System.arraycopy(out, start, raw, 0, rawLen);
        len = start + WordForms.key(out, start, n);
        if (vocabulary.isKnown(out, start, len)) {
            memo.put(raw, n, WordMemo.KNOWN, out, start, len - start);
            wordLetters = WordForms.isLetters(out, start, len);
            return false;
        }
        char[] fix = vocabulary.correction(out, start, len);
        if (fix != null) {
            System.arraycopy(fix, 0, out, start, fix.length);
            len = start + fix.length;
            memo.put(raw, n, WordMemo.UNKNOWN, fix, 0, fix.length);
        } else {
            int m = rawLen == n ? layout(rawLen) : -1;
            if (m >= 0) {
                memo.put(raw, n, WordMemo.KOREAN, syllables, 0, m);
                writeHangul(start, syllables, 0, m);
                return true;
            }
            memo.put(raw, n, WordMemo.UNKNOWN, out, start, len - start);
        }
        wordLetters = WordForms.isLetters(out, start, len);
        joinWithPrevious(start);
        return false;
    }

    /** gusrmaghk: Korean typed with the keyboard left on English; the syllables' count when the whole word was valid Korean typing, else -1. */
    private int layout(int n) {
        if (n < MIN_LAYOUT_LETTERS || n > jamo.length) {
            return -1;
        }
        for (int k = 0; k < n; k++) {
            char j = Hangul.jamoOfKey(raw[k]);
            if (j == 0) {
                return -1;
            }
            jamo[k] = j;
        }
        int m = Hangul.composeRun(jamo, 0, n, syllables, 0, true);
        // One syllable is what a short English word often spells by chance ("sue" would be 녇); no Korean form is that short.
        return m < 2 ? -1 : m;
    }

    private void writeHangul(int start, char[] syllables, int from, int m) {
        len = start;
        startHangul();
        System.arraycopy(syllables, from, out, len, m);
        len += m;
        out[len++] = ' ';
    }



    private void ensure(int capacity) {
        if (out.length < capacity) {
            out = new char[Math.max(capacity, out.length * 2)];
        }
    }

    static boolean isHangulChar(char c) {
        return (Letters.of(c) & Letters.HANGUL) != 0;
    }
}
