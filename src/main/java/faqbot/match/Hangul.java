package faqbot.match;

/**
 * Korean letter arithmetic (syllables, jamo, the standard two-set keyboard), so that loose jamo,
 * one-key slips and Korean typed with an English layout reach the same forms as clean Korean.
 */
final class Hangul {
    static final char SYLLABLE_FIRST = 0xAC00;
    static final char SYLLABLE_LAST = 0xD7A3;
    private static final String CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** Index 0 is "no final consonant". */
    private static final String JONG = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
    /** Two-set (두벌식) layout: the jamo on each key a to z, unshifted. */
    private static final String KEYS = "ㅁㅠㅊㅇㄷㄹㅎㅗㅑㅓㅏㅣㅡㅜㅐㅔㅂㄱㄴㅅㅕㅍㅈㅌㅛㅋ";
    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] VOWEL_PAIRS = {"ㅗㅏㅘ", "ㅗㅐㅙ", "ㅗㅣㅚ", "ㅜㅓㅝ", "ㅜㅔㅞ", "ㅜㅣㅟ", "ㅡㅣㅢ"};
    private static final String[] FINAL_PAIRS = {"ㄱㅅㄳ", "ㄴㅈㄵ", "ㄴㅎㄶ", "ㄹㄱㄺ", "ㄹㅁㄻ", "ㄹㅂㄼ", "ㄹㅅㄽ", "ㄹㅌㄾ", "ㄹㅍㄿ", "ㄹㅎㅀ", "ㅂㅅㅄ"};

    private Hangul() {
    }

    /**
     * The syllable with vowels people interchange in chat written one way: ㅒ as ㅐ, ㅖ as ㅔ, ㅙ and
     * ㅞ as ㅚ (업쳬/업체, 돼요/되요), so either spelling of a form matches.
     */
    static char canonical(char s) {
        int i = s - SYLLABLE_FIRST;
        int jung = (i / 28) % 21;
        int to = switch (jung) {
            case 3 -> 1;
            case 7 -> 5;
            case 10, 15 -> 11;
            default -> jung;
        };
        return to == jung ? s : (char) (s + (to - jung) * 28);
    }

    static boolean isSyllable(int c) {
        return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
    }

    /** Compatibility jamo as typed on a phone or by a keyboard without composition, e.g. ㅎ, ㅕ. */
    static boolean isJamo(int c) {
        return c >= 0x3131 && c <= 0x3163;
    }

    static boolean isVowel(char c) {
        return JUNG.indexOf(c) >= 0;
    }

    static boolean isLeading(char c) {
        return c != 0 && CHO.indexOf(c) >= 0;
    }

    static boolean isTrailing(char c) {
        return c != 0 && JONG.indexOf(c) > 0;
    }

    static char syllable(int cho, int jung, int jong) {
        return (char) (SYLLABLE_FIRST + (cho * 21 + jung) * 28 + jong);
    }

    /** The jamo of a syllable: {choseong, jungseong, jongseong or 0}. */
    static char[] split(char s) {
        int i = s - SYLLABLE_FIRST;
        int jong = i % 28;
        return new char[] {CHO.charAt(i / 588), JUNG.charAt((i / 28) % 21), jong == 0 ? 0 : JONG.charAt(jong)};
    }

    static char compose(char cho, char jung, char jong) {
        return syllable(CHO.indexOf(cho), JUNG.indexOf(jung), jong == 0 ? 0 : JONG.indexOf(jong));
    }

    /** The jamo typed by an ASCII letter on the two-set layout, or 0. */
    static char jamoOfKey(char key) {
        return key >= 'a' && key <= 'z' ? KEYS.charAt(key - 'a') : 0;
    }

    /** Jamo on the keys next to the key of {@code jamo} (same row and the rows above and below). */
    static String neighbours(char jamo) {
        int k = KEYS.indexOf(jamo);
        if (k < 0) {
            return "";
        }
        char key = (char) ('a' + k);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < ROWS.length; r++) {
            int col = ROWS[r].indexOf(key);
            if (col < 0) {
                continue;
            }
            addKey(sb, r, col - 1);
            addKey(sb, r, col + 1);
            // The rows are staggered by about half a key: the keys touching this one above and below.
            addKey(sb, r - 1, col);
            addKey(sb, r - 1, col + 1);
            addKey(sb, r + 1, col - 1);
            addKey(sb, r + 1, col);
        }
        return sb.toString();
    }

    private static void addKey(StringBuilder sb, int row, int col) {
        if (row >= 0 && row < ROWS.length && col >= 0 && col < ROWS[row].length()) {
            sb.append(jamoOfKey(ROWS[row].charAt(col)));
        }
    }

    private static char pair(String[] table, char a, char b) {
        for (String p : table) {
            if (p.charAt(0) == a && p.charAt(1) == b) {
                return p.charAt(2);
            }
        }
        return 0;
    }

    /**
     * Composes a run of compatibility jamo {@code in[from..to)} into syllables the way a Korean
     * input method would, writing into {@code out} from {@code at}; returns the new end of out, or
     * -1 when {@code strict} and some jamo could not be part of a syllable.
     */
    static int composeRun(char[] in, int from, int to, char[] out, int at, boolean strict) {
        int i = from;
        while (i < to) {
            char c = in[i];
            if (isLeading(c) && i + 1 < to && isVowel(in[i + 1])) {
                char v = in[i + 1];
                i += 2;
                if (i < to && isVowel(in[i])) {
                    char vv = pair(VOWEL_PAIRS, v, in[i]);
                    if (vv != 0) {
                        v = vv;
                        i++;
                    }
                }
                char fin = 0;
                if (i < to && JONG.indexOf(in[i]) > 0 && !(i + 1 < to && isVowel(in[i + 1]))) {
                    fin = in[i];
                    i++;
                    if (i < to && JONG.indexOf(in[i]) > 0 && !(i + 1 < to && isVowel(in[i + 1]))) {
                        char ff = pair(FINAL_PAIRS, fin, in[i]);
                        if (ff != 0) {
                            fin = ff;
                            i++;
                        }
                    }
                }
                out[at++] = compose(c, v, fin);
            } else {
                if (strict) {
                    return -1;
                }
                out[at++] = c;
                i++;
            }
        }
        return at;
    }
}
