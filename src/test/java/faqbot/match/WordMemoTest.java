package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.testing.Cases;
import faqbot.testing.Gen;
import org.junit.jupiter.api.Test;

/** The memo only ever answers with what was stored for exactly that word, and forgets rather than mixes words up. */
class WordMemoTest {
    private static int find(WordMemo memo, String word) {
        char[] c = (" " + word + " ").toCharArray();
        return memo.find(c, 1, 1 + word.length());
    }

    @Test
    void aWordIsFoundWithWhatWasStoredForIt() {
        WordMemo memo = new WordMemo();
        assertEquals(-1, find(memo, "crads"));
        memo.put("crads".toCharArray(), 5, WordMemo.UNKNOWN, "card".toCharArray(), 0, 4);
        int slot = find(memo, "crads");
        assertTrue(slot >= 0);
        assertEquals(WordMemo.UNKNOWN, memo.kind(slot));
        assertArrayEquals("card".toCharArray(), memo.written(slot));
        assertEquals(-1, find(memo, "crad"), "a prefix is another word");
    }

    @Test
    void wordsLongerThanTheLimitAreNeverRemembered() {
        WordMemo memo = new WordMemo();
        String longWord = "a".repeat(WordMemo.MAX_WORD + 1);
        find(memo, longWord);
        memo.put(longWord.toCharArray(), longWord.length(), WordMemo.KNOWN, longWord.toCharArray(), 0, longWord.length());
        assertEquals(-1, find(memo, longWord));
    }

    @Test
    void manyWordsNeverGetAnotherWordsEntry() {
        Cases.forAll(50, Gen.chars("abcdefghij", 1, 8).list(100, 3_000), words -> {
            WordMemo memo = new WordMemo();
            for (String w : words) {
                int slot = find(memo, w);
                String expected = new StringBuilder(w).reverse().toString();
                if (slot >= 0) {
                    assertEquals(expected, new String(memo.written(slot)), w);
                } else {
                    memo.put(w.toCharArray(), w.length(), WordMemo.KNOWN, expected.toCharArray(), 0, expected.length());
                }
            }
        });
    }
}
