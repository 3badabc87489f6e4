package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.testing.Cases;
import faqbot.testing.Gen;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quick prefix test in front of joining two words never turns away a join the vocabulary allows. */
class LatinWordsTest {
    private record Case(List<String> vocabulary, List<String> typed) {
    }

    private static final Gen<Case> CASES = r -> new Case(Gen.chars("abcdez", 1, 7).list(1, 40).next(r),
            Gen.chars("abcdez", 1, 5).list(1, 40).next(r));

    @Test
    void everyPrefixOfAVocabularyWordMayStartAWord() {
        Cases.forAll(500, CASES, c -> {
            LatinWords words = LatinWords.of(new HashSet<>(c.vocabulary()));
            for (String v : c.vocabulary()) {
                for (int n = 1; n < v.length(); n++) {
                    char[] s = (" " + v.substring(0, n) + " ").toCharArray();
                    assertTrue(words.mayStartWord(s, 1, n + 1), v.substring(0, n) + " starts " + v);
                }
            }
        });
    }

    @Test
    void aJoinIsFoundExactlyWhenTheJoinedWordIsKnownAndTheFirstPartMayStartIt() {
        Cases.forAll(500, CASES, c -> {
            Set<String> vocabulary = new HashSet<>(c.vocabulary());
            LatinWords words = LatinWords.of(vocabulary);
            for (String a : c.typed()) {
                for (String b : c.typed()) {
                    char[] s = (" " + a + " " + b + " ").toCharArray();
                    boolean joined = words.isKnownJoined(s, 1, s.length - 1, 1 + a.length());
                    if (vocabulary.contains(a + b)) {
                        assertTrue(joined && words.mayStartWord(s, 1, 1 + a.length()), a + "+" + b);
                    } else {
                        assertFalse(joined, a + "+" + b);
                    }
                }
            }
        });
    }

    @Test
    void aWordThatStartsNoVocabularyWordIsToldSoCheaply() {
        LatinWords words = LatinWords.of(Set.of("paypal", "micropayment"));
        assertFalse(words.mayStartWord(" zebra ".toCharArray(), 1, 6));
        assertTrue(words.mayStartWord(" pay ".toCharArray(), 1, 4));
        assertFalse(words.mayStartWord(" mx ".toCharArray(), 1, 3), "mx starts neither word");
    }
}
