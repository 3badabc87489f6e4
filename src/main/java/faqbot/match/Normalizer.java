package faqbot.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns whatever a person typed into comparable text, so that case, width, punctuation, emoji,
 * stretched letters, invisible characters and Korean spacing do not decide the answer.
 */
public final class Normalizer {
    /**
     * Only this many characters of a question are matched: Telegram messages stop at 4,096, and a
     * 100,000-character paste must cost no more than a long message.
     */
    public static final int MAX_INPUT_CHARS = 4_096;
    private static final Pattern KEYCAP = Pattern.compile("[0-9#*][\\p{Cf}\uFE0E\uFE0F]*\u20E3");

    private Normalizer() {
    }

    /** Normalises one question; never throws, whatever the input. */
    public static NormalizedText normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return NormalizedText.EMPTY;
        }
        return tokenize(fold(raw));
    }

    /** The text folded for comparison (width, case, compatibility forms, marks, invisible characters), not yet split into words. */
    static String fold(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw.length() > MAX_INPUT_CHARS ? raw.substring(0, MAX_INPUT_CHARS) : raw;
        if (s.indexOf('\u20E3') >= 0) {
            // A keycap emoji (1️⃣) is a digit, a selector and the keycap mark: a picture, not the number 1.
            s = KEYCAP.matcher(s).replaceAll(" ");
        }
        return FoldTable.fold(s, Normalizer::foldGeneral);
    }

    /** {@link #fold} step by step, for any text; {@link FoldTable} sends it only the stretches that need it. */
    static String foldGeneral(String raw) {
        String s = scrub(raw);
        // Jamo typed one by one (ㅎㅕㄴㄱㅡㅁ) are composed before NFKC, which would turn them into
        // conjoining jamo and only half compose them.
        s = composeLooseJamo(s);
        // Lower-casing between two NFKC passes folds full-width letters (ＰＡＹＰＡＬ) and
        // compatibility forms (㈜, ﬁ) into the plain letters the rules are written with.
        s = nfkc(s);
        s = s.toLowerCase(Locale.ROOT);
        // Stray combining marks go before the last pass, so Korean jamo that a mark kept apart
        // ("ᄉ\u0301ᅮ") still compose into a syllable (수).
        s = stripMarks(s);
        return nfkc(s);
    }

    /** NFKC, skipped when the text is already in it (the check reads the text; normalising also copies it). */
    private static String nfkc(String s) {
        return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFKC)
                ? s : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    }

    private static String composeLooseJamo(String s) {
        int i = 0;
        while (i < s.length() && !(Hangul.isJamo(s.charAt(i)) && i + 1 < s.length() && Hangul.isJamo(s.charAt(i + 1)))) {
            i++;
        }
        if (i >= s.length()) {
            return s;
        }
        char[] c = s.toCharArray();
        int o = i;
        while (i < c.length) {
            if (!Hangul.isJamo(c[i])) {
                c[o++] = c[i++];
                continue;
            }
            int j = i;
            while (j < c.length && Hangul.isJamo(c[j])) {
                j++;
            }
            o = Hangul.composeRun(c, i, j, c, o, false);
            i = j;
        }
        return new String(c, 0, o);
    }

    private static String stripMarks(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean mark = isMark(cp);
            if (mark && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!mark && sb != null) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }

    /** Replaces lone surrogates and control characters with spaces and drops invisible format characters. */
    private static String scrub(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append(' ');
            } else {
                int type = c < 0x80 ? (c < 0x20 || c == 0x7F ? Character.CONTROL : Character.UNASSIGNED) : Character.getType(c);
                if (type == Character.FORMAT) {
                    // Zero-width joiners, bidi overrides, soft hyphens: invisible, so they must not split a word.
                    continue;
                }
                sb.append(type == Character.CONTROL ? ' ' : c);
            }
        }
        return sb.toString();
    }

    private enum Script { LATIN, HANGUL, OTHER }

    // The fast paths below cover ASCII and modern Hangul, nearly every character a user sends, and
    // skip the Unicode table searches that otherwise dominate the time of a 4,096-character message.

    private static boolean isHangulFast(int cp) {
        return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x3131 && cp <= 0x318E) || (cp >= 0x1100 && cp <= 0x11FF);
    }

    private static boolean isMark(int cp) {
        if (cp < 0x300 || isHangulFast(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return isHangulFast(cp) || Character.isLetterOrDigit(cp);
    }

    private static Script scriptOf(int cp) {
        // The text writer asks the same question of every char; one table answers both.
        int flags = Letters.of(cp);
        if ((flags & Letters.HANGUL) != 0) {
            return Script.HANGUL;
        }
        return (flags & Letters.LATIN) != 0 ? Script.LATIN : Script.OTHER;
    }

    /** Splits text already {@link #fold folded} into words. */
    static NormalizedText tokenizeFolded(String folded) {
        return folded.isEmpty() ? NormalizedText.EMPTY : tokenize(folded);
    }

    private static NormalizedText tokenize(String s) {
        int[] stream = new int[2 * s.length() + 2];
        int n = wordStream(s, stream, stream.length);
        List<String> words = new ArrayList<>();
        StringBuilder compact = new StringBuilder(n);
        StringBuilder word = new StringBuilder();
        boolean hangul = false;
        for (int i = 1; i < n; i++) {
            int cp = stream[i];
            if (cp == ' ') {
                flush(word, words);
                continue;
            }
            hangul |= scriptOf(cp) == Script.HANGUL;
            word.appendCodePoint(cp);
            compact.appendCodePoint(cp);
        }
        return new NormalizedText(String.join(" ", words), words, compact.toString(), hangul);
    }

    /**
     * The words of folded text as one stream of code points, each word with a space before and after
     * it: what the text says once punctuation, emoji, marks and stretched letters are gone. The question
     * model reads it without building any string, and {@link NormalizedText} is built from it, so
     * both always see the same words.
     *
     * @param out    receives the stream
     * @param maxOut how many places of {@code out} to write at most; the text is cut there, so a long
     *               text and its normalised form are cut at the same word. {@code 2 * s.length() + 2}
     *               takes all of it (a change of script adds a space)
     * @return how many places of {@code out} were written (at least 1, the first space)
     */
    static int wordStream(String s, int[] out, int maxOut) {
        int n = 0;
        out[n++] = ' ';
        Script current = null;
        int prev = -1;
        int run = 0;
        int end = s.length();
        for (int i = 0; i < end && n < maxOut - 2; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                continue;
            }
            if (!isLetterOrDigit(cp)) {
                if (out[n - 1] != ' ') {
                    out[n++] = ' ';
                }
                current = null;
                prev = -1;
                continue;
            }
            run = cp == prev ? run + 1 : 1;
            prev = cp;
            if (run > 2) {
                // "leeeegal", "ㅋㅋㅋㅋㅋ", "soooo": a stretched letter counts twice at most.
                continue;
            }
            Script script = scriptOf(cp);
            if (current != null && script != current && out[n - 1] != ' ') {
                // "paypal로" is the word paypal plus a particle. The space counts against the limit as a
                // written one does: "틣쪑餦" and "틣쪑 餦" must be cut at the same place.
                out[n++] = ' ';
                if (n >= maxOut - 2) {
                    break;
                }
            }
            current = script;
            out[n++] = cp;
        }
        if (out[n - 1] != ' ') {
            out[n++] = ' ';
        }
        return n;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
