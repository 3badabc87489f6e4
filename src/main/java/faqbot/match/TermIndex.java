package faqbot.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every keyword term of the FAQ, compiled into lookup tables so that finding which terms occur in a
 * question costs a few hash lookups per question word instead of a comparison with every term.
 *
 * <p>Korean terms match inside the space-free text (found through their first two characters);
 * English terms match word by word: same stem, a trailing {@code *} prefix, or for words of 5+
 * letters one typo (found through one-deletion variants, as in SymSpell). See docs/faq-format.md.
 */
final class TermIndex {
    /** One word of an English term. */
    private record Pattern(String literal, String key, String squeezed, boolean prefix, boolean fuzzy) {
    }

    /** A term: a Korean substring ({@code compact}), or a run of word patterns. */
    private record Term(String compact, int[] words) {
    }

    /** Shared and never modified: the result for words no pattern can match. */
    private static final BitSet NO_PATTERNS = new BitSet();

    private final List<Term> terms = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<Pattern, Integer> patternIds = new HashMap<>();
    private final Map<String, Integer> termIds = new HashMap<>();

    // Built by freeze().
    private Map<String, int[]> exact;
    private Map<String, int[]> fuzzyVariants;
    // Prefix patterns grouped by first letter: a word can only start with, or be one typo of, a prefix
    // that shares its first letter (typos keep the first letter, see WordForms.isTypoOf).
    private Map<Character, int[]> prefixByFirst;
    private Map<Integer, int[]> koreanByBigram;
    private int[] shortKorean;
    // For each word pattern, the one-word terms made of it: only the patterns a question hit are visited.
    private int[][] singleTermsOfPattern;
    private int[] phraseTerms;
    private BitSet phraseFirstWords;

    /** Adds a term (once per distinct text) and returns its id. */
    int add(String source) {
        Integer known = termIds.get(source);
        if (known != null) {
            return known;
        }
        boolean prefix = source.strip().endsWith("*");
        NormalizedText n = Normalizer.normalize(source.replace("*", ""));
        Term t;
        if (n.hasHangul()) {
            t = new Term(n.compact(), null);
        } else {
            int[] words = new int[n.words().size()];
            for (int i = 0; i < words.length; i++) {
                String w = n.words().get(i);
                String key = WordForms.key(w);
                Pattern p = new Pattern(w, key, WordForms.squeeze(w), prefix && i == words.length - 1,
                        w.length() >= WordForms.MIN_FUZZY_LENGTH && key.length() >= WordForms.MIN_FUZZY_LENGTH);
                words[i] = patternIds.computeIfAbsent(p, x -> {
                    patterns.add(x);
                    return patterns.size() - 1;
                });
            }
            t = new Term(null, words);
        }
        terms.add(t);
        termIds.put(source, terms.size() - 1);
        return terms.size() - 1;
    }

    int size() {
        return terms.size();
    }

    /** Builds the lookup tables; call once after the last {@link #add}. */
    TermIndex freeze() {
        Map<String, List<Integer>> ex = new HashMap<>();
        Map<String, List<Integer>> fz = new HashMap<>();
        List<Integer> pre = new ArrayList<>();
        for (int id = 0; id < patterns.size(); id++) {
            Pattern p = patterns.get(id);
            if (p.prefix) {
                pre.add(id);
                continue;
            }
            ex.computeIfAbsent(p.key, k -> new ArrayList<>()).add(id);
            if (p.fuzzy) {
                for (String v : variants(p.key)) {
                    fz.computeIfAbsent(v, k -> new ArrayList<>()).add(id);
                }
            }
        }
        Map<Integer, List<Integer>> kb = new HashMap<>();
        List<Integer> shortKo = new ArrayList<>();
        List<Integer> single = new ArrayList<>();
        List<Integer> phrase = new ArrayList<>();
        for (int id = 0; id < terms.size(); id++) {
            Term t = terms.get(id);
            if (t.compact != null) {
                if (t.compact.length() >= 2) {
                    kb.computeIfAbsent(bigram(t.compact, 0), k -> new ArrayList<>()).add(id);
                } else if (!t.compact.isEmpty()) {
                    shortKo.add(id);
                }
            } else if (t.words.length == 1) {
                single.add(id);
            } else if (t.words.length > 1) {
                phrase.add(id);
            }
        }
        exact = toArrays(ex);
        fuzzyVariants = toArrays(fz);
        koreanByBigram = toArrays(kb);
        Map<Character, List<Integer>> byFirst = new HashMap<>();
        for (int id : pre) {
            byFirst.computeIfAbsent(patterns.get(id).literal.charAt(0), k -> new ArrayList<>()).add(id);
        }
        prefixByFirst = toArrays(byFirst);
        shortKorean = ints(shortKo);
        List<List<Integer>> ofPattern = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            ofPattern.add(new ArrayList<>());
        }
        for (int id : single) {
            ofPattern.get(terms.get(id).words[0]).add(id);
        }
        singleTermsOfPattern = ofPattern.stream().map(TermIndex::ints).toArray(int[][]::new);
        phraseTerms = ints(phrase);
        phraseFirstWords = new BitSet(patterns.size());
        for (int id : phraseTerms) {
            phraseFirstWords.set(terms.get(id).words[0]);
        }
        return this;
    }

    /** Which terms occur in the question, indexed by term id. */
    boolean[] find(NormalizedText q) {
        boolean[] found = new boolean[terms.size()];
        findKorean(q.compact(), found);
        List<String> words = q.words();
        if (words.isEmpty()) {
            return found;
        }
        // Each distinct word is analysed once; positions share the result.
        Map<String, BitSet> byWord = new HashMap<>(Math.min(words.size(), 1024) * 2);
        BitSet any = new BitSet(patterns.size());
        List<BitSet> atPosition = new ArrayList<>(words.size());
        for (String w : words) {
            BitSet b = byWord.computeIfAbsent(w, this::patternsMatching);
            any.or(b);
            atPosition.add(b);
        }
        for (int p = any.nextSetBit(0); p >= 0; p = any.nextSetBit(p + 1)) {
            for (int id : singleTermsOfPattern[p]) {
                found[id] = true;
            }
        }
        if (any.intersects(phraseFirstWords)) {
            // Phrases are checked only where their first word occurs, not at every position of a long message.
            Map<Integer, List<Integer>> starts = new HashMap<>();
            for (int i = 0; i < atPosition.size(); i++) {
                BitSet b = atPosition.get(i);
                if (b.intersects(phraseFirstWords)) {
                    for (int p = b.nextSetBit(0); p >= 0; p = b.nextSetBit(p + 1)) {
                        if (phraseFirstWords.get(p)) {
                            starts.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                        }
                    }
                }
            }
            for (int id : phraseTerms) {
                int[] pw = terms.get(id).words;
                List<Integer> at = starts.get(pw[0]);
                found[id] = at != null && phraseAt(pw, at, atPosition, any);
            }
        }
        return found;
    }

    private void findKorean(String compact, boolean[] found) {
        for (int i = 0; i + 1 < compact.length(); i++) {
            int[] ids = koreanByBigram.get(bigram(compact, i));
            if (ids != null) {
                for (int id : ids) {
                    found[id] |= compact.startsWith(terms.get(id).compact, i);
                }
            }
        }
        for (int id : shortKorean) {
            found[id] = compact.contains(terms.get(id).compact);
        }
    }

    private BitSet patternsMatching(String word) {
        if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HANGUL) {
            // Terms with Hangul are all compact (substring) terms, and words never mix scripts, so a
            // Korean word cannot match any word pattern.
            return NO_PATTERNS;
        }
        BitSet b = new BitSet(patterns.size());
        String key = WordForms.key(word);
        int[] ids = exact.get(key);
        if (ids != null) {
            for (int id : ids) {
                b.set(id);
            }
        }
        if (key.length() >= WordForms.MIN_FUZZY_LENGTH - 1) {
            for (String v : variants(key)) {
                int[] cands = fuzzyVariants.get(v);
                if (cands != null) {
                    for (int id : cands) {
                        if (!b.get(id) && WordForms.isTypoOf(key, patterns.get(id).key)) {
                            b.set(id);
                        }
                    }
                }
            }
        }
        int[] prefixes = prefixByFirst.get(word.charAt(0));
        if (prefixes != null) {
            String sq = WordForms.squeeze(word);
            for (int id : prefixes) {
                Pattern p = patterns.get(id);
                if (word.startsWith(p.literal) || sq.startsWith(p.squeezed)
                        || (p.fuzzy && sq.length() >= p.squeezed.length() - 1
                        && WordForms.isTypoOf(sq.substring(0, Math.min(sq.length(), p.squeezed.length())), p.squeezed))) {
                    b.set(id);
                }
            }
        }
        return b;
    }

    private static boolean phraseAt(int[] words, List<Integer> starts, List<BitSet> atPosition, BitSet any) {
        for (int w : words) {
            if (!any.get(w)) {
                return false;
            }
        }
        for (int i : starts) {
            if (i + words.length > atPosition.size()) {
                continue;
            }
            int k = 0;
            while (k < words.length && atPosition.get(i + k).get(words[k])) {
                k++;
            }
            if (k == words.length) {
                return true;
            }
        }
        return false;
    }

    /** The key itself and every one-character deletion: two keys one edit apart share at least one. */
    private static List<String> variants(String key) {
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }

    private static int bigram(String s, int i) {
        return (s.charAt(i) << 16) | s.charAt(i + 1);
    }

    private static <K> Map<K, int[]> toArrays(Map<K, List<Integer>> m) {
        Map<K, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, ints(v)));
        return out;
    }

    private static int[] ints(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }
}
