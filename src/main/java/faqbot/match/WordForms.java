package faqbot.match;

/**
 * Light English word folding (stem, squeezed double letters, one-edit typos), because chat users
 * misspell and inflect, and a full stemmer or spell checker would be heavier than the FAQ needs.
 */
final class WordForms {
    /** Words shorter than this get no typo tolerance: "fee" vs "few" are different words. */
    static final int MIN_FUZZY_LENGTH = 5;

    private WordForms() {
    }

    /** The comparison key: a crude stem with doubled letters squeezed, e.g. "commissions" -> "comision". */
    static String key(String word) {
        char[] c = word.toCharArray();
        return new String(c, 0, key(c, 0, c.length));
    }

    /** {@link #key(String)} in place on {@code w[from..from+n)}; returns the key's length. */
    static int key(char[] w, int from, int n) {
        n = stem(w, from, n);
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = w[from + i];
            if (o == 0 || w[from + o - 1] != c) {
                w[from + o++] = c;
            }
        }
        return o;
    }

    private static boolean endsWith(char[] w, int from, int n, String suffix) {
        int k = suffix.length();
        if (n < k) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (w[from + n - k + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int stem(char[] w, int from, int n) {
        if (n > 4 && endsWith(w, from, n, "ies")) {
            w[from + n - 3] = 'y';
            n -= 2;
        } else if (n > 4 && endsWith(w, from, n, "sses")) {
            n -= 2;
        } else if (n > 3 && endsWith(w, from, n, "s") && !endsWith(w, from, n, "ss")
                && !endsWith(w, from, n, "us") && !endsWith(w, from, n, "is")) {
            n -= 1;
        }
        if (n >= 6 && endsWith(w, from, n, "ing")) {
            n -= 3;
        } else if (n >= 5 && endsWith(w, from, n, "ed")) {
            n -= 2;
        } else if (n >= 5 && endsWith(w, from, n, "ly")) {
            n -= 2;
        }
        if (n > 3 && endsWith(w, from, n, "e")) {
            n -= 1;
        }
        return n;
    }

    /** Collapses each run of a repeated letter to one, so "paypall" and "commision" meet their spelling. */
    static String squeeze(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        int prev = -1;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != prev) {
                sb.appendCodePoint(cp);
            }
            prev = cp;
        }
        return sb.toString();
    }

    /**
     * True when {@code typed} is plausibly a one-typo spelling of the term key {@code key}: one edit
     * apart, at least 4 letters left, and the same first letter (people rarely mistype the first
     * letter, and "crime"/"prime", "where"/"there" are different words).
     */
    static boolean isTypoOf(String typed, String key) {
        return typed.length() >= MIN_FUZZY_LENGTH - 1 && !typed.isEmpty() && !key.isEmpty()
                && typed.charAt(0) == key.charAt(0) && withinOneEdit(typed, key);
    }

    /** True when the two keys are at most one edit apart (insert, delete, substitute or swap neighbours). */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            // substitution, or a swap of neighbours ("leagl" / "legal")
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** Digits then one k or m (500k, 1m); pure digits stay digits, so help-line numbers are never touched. */
    static boolean isAmount(char[] out, int from, int to) {
        if (to - from < 2 || (out[to - 1] != 'k' && out[to - 1] != 'm')) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (out[k] < '0' || out[k] > '9') {
                return false;
            }
        }
        // A figure of one or two digits, or a round one (300k, 650k); "401k" is a retirement plan, not an amount.
        // "1k" becomes "amt": one letter longer, which the text writer's buffer (twice the text) has room for.
        return to - from <= 3 || out[to - 2] == '0';
    }

    /** Whether {@code out[from..to)} is one or more letters a-z: only such words are joined with a neighbour. */
    static boolean isLetters(char[] out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out[k] < 'a' || out[k] > 'z') {
                return false;
            }
        }
        return to > from;
    }
}
