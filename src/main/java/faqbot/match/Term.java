package faqbot.match;

import java.util.ArrayList;
import java.util.List;

/**
 * One compiled keyword term: Korean terms match inside the space-free text, English terms match
 * word by word with stems, prefixes and one-typo tolerance (docs/faq-format.md).
 */
final class Term {
    final String source;
    private final String compact;
    private final List<Word> words;

    private Term(String source, String compact, List<Word> words) {
        this.source = source;
        this.compact = compact;
        this.words = words;
    }

    static Term compile(String source) {
        boolean prefix = source.strip().endsWith("*");
        NormalizedText n = Normalizer.normalize(source.replace("*", ""));
        if (n.hasHangul()) {
            return new Term(source, n.compact(), List.of());
        }
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < n.words().size(); i++) {
            words.add(new Word(n.words().get(i), prefix && i == n.words().size() - 1));
        }
        return new Term(source, null, List.copyOf(words));
    }

    boolean matches(QuestionWords q) {
        if (compact != null) {
            return !compact.isEmpty() && q.text.compact().contains(compact);
        }
        if (words.isEmpty()) {
            return false;
        }
        List<String> tokens = q.text.words();
        if (words.size() == 1) {
            return q.anyMatch(words.get(0));
        }
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                all = words.get(k).matches(tokens.get(i + k), q.keys.get(i + k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** One word of an English term. */
    static final class Word {
        final String literal;
        final String key;
        final String squeezed;
        final boolean prefix;
        final boolean fuzzy;

        Word(String literal, boolean prefix) {
            this.literal = literal;
            this.key = WordForms.key(literal);
            this.squeezed = WordForms.squeeze(literal);
            this.prefix = prefix;
            // Typo tolerance is judged on the stem that is compared: "route" stems to "rout",
            // which must not accept "out".
            this.fuzzy = literal.length() >= WordForms.MIN_FUZZY_LENGTH && key.length() >= WordForms.MIN_FUZZY_LENGTH;
        }

        boolean matches(String token, String tokenKey) {
            if (prefix) {
                if (token.startsWith(literal)) {
                    return true;
                }
                String sq = WordForms.squeeze(token);
                if (sq.startsWith(squeezed)) {
                    return true;
                }
                return fuzzy && sq.length() >= squeezed.length() - 1
                        && WordForms.isTypoOf(sq.substring(0, Math.min(sq.length(), squeezed.length())), squeezed);
            }
            return token.equals(literal) || tokenKey.equals(key) || (fuzzy && WordForms.isTypoOf(tokenKey, key));
        }
    }

    /** A question's words with their keys computed once, shared by every term tested against it. */
    static final class QuestionWords {
        final NormalizedText text;
        final List<String> keys;
        private final List<String> distinct;
        private final List<String> distinctKeys;

        QuestionWords(NormalizedText text) {
            this.text = text;
            List<String> k = new ArrayList<>(text.words().size());
            java.util.LinkedHashMap<String, String> d = new java.util.LinkedHashMap<>();
            for (String w : text.words()) {
                String key = d.computeIfAbsent(w, WordForms::key);
                k.add(key);
            }
            this.keys = k;
            this.distinct = new ArrayList<>(d.keySet());
            this.distinctKeys = new ArrayList<>(d.values());
        }

        boolean anyMatch(Word w) {
            for (int i = 0; i < distinct.size(); i++) {
                if (w.matches(distinct.get(i), distinctKeys.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
