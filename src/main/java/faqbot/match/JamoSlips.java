package faqbot.match;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Korean forms with one vowel slipped to a neighbouring key (현굼화 for 현금화), or one double
 * consonant typed without Shift (사기당햇 for 사기당했), generated once per FAQ load so the automaton
 * finds them like any other form. Kept to these two slips and to long forms: any other slipped
 * consonant (한도남 → 한도낮) or a short form too often makes another real word.
 */
final class JamoSlips {
    private static final String TENSE = "ㄲㄸㅃㅆㅉ";
    private static final String PLAIN = "ㄱㄷㅂㅅㅈ";

    private JamoSlips() {
    }

    /** Every one-jamo slip of {@code form} when it is all Korean syllables and at least {@code minSyllables} long. */
    static Set<String> of(String form, int minSyllables) {
        Set<String> out = new LinkedHashSet<>();
        if (form.length() < minSyllables || !form.chars().allMatch(Hangul::isSyllable)) {
            return out;
        }
        char[] c = form.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char original = c[i];
            char[] j = Hangul.split(original);
            for (int part = 1; part < 2; part++) {
                for (char n : Hangul.neighbours(j[part]).toCharArray()) {
                    char[] k = j.clone();
                    k[part] = n;
                    if (valid(k)) {
                        c[i] = Hangul.compose(k[0], k[1], k[2]);
                        out.add(new String(c));
                    }
                }
            }
            // Shift not held: the double consonant's key without Shift types its plain twin.
            for (int part = 0; part < 3; part += 2) {
                int tense = TENSE.indexOf(j[part]);
                if (j[part] != 0 && tense >= 0) {
                    char[] k = j.clone();
                    k[part] = PLAIN.charAt(tense);
                    if (valid(k)) {
                        c[i] = Hangul.compose(k[0], k[1], k[2]);
                        out.add(new String(c));
                    }
                }
            }
            c[i] = original;
        }
        out.remove(form);
        return out;
    }

    private static boolean valid(char[] k) {
        return Hangul.isLeading(k[0]) && Hangul.isVowel(k[1]) && (k[2] == 0 || Hangul.isTrailing(k[2]));
    }
}
