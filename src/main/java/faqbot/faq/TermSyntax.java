package faqbot.faq;

/** Syntax checks on keyword terms, kept apart so the loader's error messages and the matcher agree on what a term is. */
final class TermSyntax {
    /** One-syllable words that almost never occur inside another word, so they are safe as forms: 왜 (why). */
    static final java.util.Set<String> ONE_SYLLABLE_WORDS = java.util.Set.of("왜");

    private TermSyntax() {
    }

    /** A message saying what is wrong with {@code term}, or null when it is usable. */
    static String problem(String term) {
        if (term.isBlank()) {
            return "empty";
        }
        int star = term.indexOf('*');
        if (star >= 0 && (star != term.length() - 1 || star == 0)) {
            return "'*' may only end a term, as in legal*";
        }
        String core = term.replace("*", "").replaceAll("\\s+", "");
        if (core.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "has no letters";
        }
        boolean hangul = core.codePoints().anyMatch(TermSyntax::isHangul);
        if (hangul && core.codePoints().count() < 2 && !ONE_SYLLABLE_WORDS.contains(core)) {
            // One syllable (법, 돈) occurs inside too many unrelated Korean words.
            return "Korean terms need at least two syllables";
        }
        if (hangul && star >= 0) {
            return "'*' is for English words; Korean terms already match inside longer words";
        }
        return null;
    }

    static boolean isHangul(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HANGUL;
    }
}
