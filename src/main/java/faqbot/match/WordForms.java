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
        return squeeze(stem(word));
    }

    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            w = w.substring(0, n - 3) + "y";
        } else if (n > 4 && w.endsWith("sses")) {
            w = w.substring(0, n - 2);
        } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, n - 1);
        } else if (n > 3 && w.endsWith("'s")) {
            w = w.substring(0, n - 2);
        }
        n = w.length();
        if (n >= 6 && w.endsWith("ing")) {
            w = w.substring(0, n - 3);
        } else if (n >= 5 && w.endsWith("ed")) {
            w = w.substring(0, n - 2);
        } else if (n >= 5 && w.endsWith("ly")) {
            w = w.substring(0, n - 2);
        }
        n = w.length();
        if (n > 3 && w.endsWith("e")) {
            w = w.substring(0, n - 1);
        }
        return w;
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
}
