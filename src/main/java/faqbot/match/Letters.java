package faqbot.match;

/**
 * What the text writer asks of every char (Korean? a letter or digit? Latin or a digit?), computed
 * once per char of planes 0 and 1, because the Unicode look-ups behind these questions cost more than the rest
 * of writing a 4,096-character message.
 */
final class Letters {
    static final int HANGUL = 1;
    static final int LETTER = 2;
    static final int LATIN = 4;
    /** Set on every described char, so 0 means "not looked up yet": each char is described the first time it is met, not all of them at start-up. */
    private static final int DESCRIBED = 0x40;
    /** Planes 0 and 1: emoji (plane 1) fill whole messages, and each one took two Unicode look-ups. */
    private static final byte[] FLAGS = new byte[0x20000];
    private static final char[] CANONICAL = new char[Hangul.SYLLABLE_LAST - Hangul.SYLLABLE_FIRST + 1];

    static {
        for (int s = Hangul.SYLLABLE_FIRST; s <= Hangul.SYLLABLE_LAST; s++) {
            CANONICAL[s - Hangul.SYLLABLE_FIRST] = Hangul.canonical((char) s);
        }
    }

    private Letters() {
    }

    /** The flags of a code point: {@link #HANGUL}, {@link #LETTER} (Korean included) and {@link #LATIN} (below U+0250, or a digit). */
    static int of(int cp) {
        if (cp >= FLAGS.length) {
            return compute(cp);
        }
        if (Hangul.isSyllable(cp)) {
            // Most Korean text: answered without touching the table, which spares the cache.
            return HANGUL | LETTER;
        }
        int f = FLAGS[cp];
        if (f == 0) {
            // Another thread may describe the same char at the same time: both write the same value.
            f = compute(cp) | DESCRIBED;
            FLAGS[cp] = (byte) f;
        }
        return f;
    }

    /** {@link Hangul#canonical} of a syllable, by table. */
    static char canonical(char syllable) {
        return CANONICAL[syllable - Hangul.SYLLABLE_FIRST];
    }

    private static int compute(int cp) {
        boolean ko = isHangul(cp);
        boolean letter = ko || (cp < 0x80
                ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                : Character.isLetterOrDigit(cp));
        boolean latin = cp < 0x250 || Character.isDigit(cp);
        return (ko ? HANGUL : 0) | (letter ? LETTER : 0) | (latin ? LATIN : 0);
    }

    private static boolean isHangul(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        return Hangul.isSyllable(cp) || Hangul.isJamo(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
    }
}
