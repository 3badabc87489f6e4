package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordFormsTest {

    @Test
    void inflectionsShareAKey() {
        assertEquals(WordForms.key("scam"), WordForms.key("scams"));
        assertEquals(WordForms.key("scam"), WordForms.key("scammed"));
        assertEquals(WordForms.key("charge"), WordForms.key("charges"));
        assertEquals(WordForms.key("charge"), WordForms.key("charged"));
        assertEquals(WordForms.key("legal"), WordForms.key("legally"));
        assertEquals(WordForms.key("fee"), WordForms.key("fees"));
    }

    @Test
    void doubledLettersAreForgiven() {
        assertEquals(WordForms.key("commission"), WordForms.key("commision"));
        assertEquals(WordForms.key("paypal"), WordForms.key("paypall"));
    }

    @Test
    void oneEditIsATypoTwoAreADifferentWord() {
        assertTrue(WordForms.withinOneEdit("leagl", "legal"), "swap of neighbours");
        assertTrue(WordForms.withinOneEdit("legl", "legal"), "deletion");
        assertTrue(WordForms.withinOneEdit("legall", "legal"), "insertion");
        assertTrue(WordForms.withinOneEdit("lefal", "legal"), "substitution");
        assertFalse(WordForms.withinOneEdit("legit", "legal"));
        assertFalse(WordForms.withinOneEdit("movie", "money"));
    }

    @Test
    void typoNeedsTheSameFirstLetterAndFourLettersLeft() {
        assertTrue(WordForms.isTypoOf("leagl", "legal"));
        assertTrue(WordForms.isTypoOf("legl", "legal"));
        assertFalse(WordForms.isTypoOf("prime", "crime"), "different first letter");
        assertFalse(WordForms.isTypoOf("out", "rout"), "too short to be a typo");
    }
}
