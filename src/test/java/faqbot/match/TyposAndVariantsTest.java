package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Concept;
import faqbot.faq.ConceptKind;
import faqbot.faq.Lang;
import faqbot.faq.Vocabulary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each class of typo and variant is handled once, in the vocabulary and the text writer, for every form. */
class TyposAndVariantsTest {
    private static Concept concept(String id, ConceptKind kind, List<String> en, List<String> ko) {
        return new Concept(id, kind, Map.of(Lang.EN, en, Lang.KO, ko));
    }

    private static final Matcher MATCHER = new Matcher(new FaqBuilder()
            .vocabulary(new Vocabulary(List.of(
                    concept("cash-out", ConceptKind.CONTEXT, List.of("cash out"), List.of("현금화")),
                    concept("law", ConceptKind.TOPIC, List.of("legal", "illegal*"), List.of("불법")),
                    concept("gift-card", ConceptKind.TOPIC, List.of("gift cards"), List.of("상품권")),
                    concept("wallet", ConceptKind.TOPIC, List.of("paypal"), List.of("페이팔")),
                    concept("fee", ConceptKind.TOPIC, List.of("commission"), List.of("수수료")),
                    concept("broker", ConceptKind.TOPIC, List.of("broker", "route"), List.of("업체")),
                    concept("exit", ConceptKind.TOPIC, List.of("out"), List.of()),
                    concept("micropayment", ConceptKind.DOMAIN, List.of("carrier billing"), List.of("소액결제")),
                    concept("carrier", ConceptKind.CONTEXT, List.of("carrier"), List.of("통신사")),
                    concept("legal-q", ConceptKind.CUE, List.of("is it legal"), List.of("불법인가요")),
                    concept("need-money", ConceptKind.TOPIC, List.of("need 100k"), List.of()),
                    concept("scammed", ConceptKind.TOPIC, List.of(), List.of("사기당했")),
                    concept("outside", ConceptKind.OUTSIDE, List.of(), List.of("어린이집")))))
            .entry("legality", 10, List.of(), Map.of("@law", 3.0, "@legal-q", 2.0), List.of())
            .entry("everything", 20, List.of(), Map.of("@cash-out", 1.0, "@gift-card", 1.0, "@wallet", 1.0, "@fee", 1.0,
                    "@broker", 1.0, "@exit", 1.0, "@micropayment", 1.0, "@carrier", 1.0), List.of())
            .build());

    private static List<String> found(String q) {
        return MATCHER.explain(q);
    }

    @Test
    void latinSwapsOfNeighbouringLettersAreForgivenFromFourLetters() {
        assertTrue(found("is it leagl").contains("@law"), "leagl");
        assertTrue(found("selling gift crads").contains("@gift-card"), "crads");
    }

    @Test
    void latinOneEditTyposAreForgivenFromFiveLetters() {
        assertTrue(found("comission rate").contains("@fee"), "deletion");
        assertTrue(found("commisssion").contains("@fee"), "repeated letter");
        assertTrue(found("commmission").contains("@fee"), "insertion");
        assertTrue(found("commizsion").contains("@fee"), "substitution in a long word");
    }

    @Test
    void typoGuardsKeepDifferentWordsApart() {
        assertFalse(found("which route is safest").contains("@exit"), "route is not out");
        assertTrue(found("which route is safest").contains("@broker"));
        assertFalse(found("my screen is broken").contains("@broker"), "a different last letter is another word");
        assertFalse(found("the prime minister").contains("@law"), "the first letter is kept");
    }

    @Test
    void wordsSplitBySpacesAreJoinedWhenTogetherTheyAreAKnownWord() {
        assertTrue(found("can I use pay pal").contains("@wallet"));
        assertTrue(found("소액 결제 현금 화").containsAll(List.of("@micropayment", "@cash-out")));
    }

    @Test
    void repeatedLettersAndSpellingVariantsReadAlike() {
        assertTrue(found("is it leeeegal").contains("@law"));
        assertTrue(found("paypall").contains("@wallet"));
        assertTrue(found("현금화 업쳬").contains("@broker"), "ㅖ read as ㅔ");
    }

    @Test
    void koreanOneVowelSlipsOfLongFormsAreForgiven() {
        assertTrue(found("현굼화 뭐예요").contains("@cash-out"), "ㅡ slipped to the neighbouring ㅜ");
        assertTrue(found("수수로").contains("@fee"), "ㅛ (y) slipped to ㅗ (h), the key below");
        assertFalse(found("수수리").contains("@fee"), "ㅣ (l) is not next to ㅛ (y)");
    }

    @Test
    void outsideSubjectsAreMatchedAsWrittenOnly() {
        assertTrue(found("어린이집 상담").contains("@outside"));
        // ㅣ slipped to ㅏ: forgiven in a topic word (현굼화 above), not in an outside one, to keep the automaton small.
        assertFalse(found("어린아집 상담").contains("@outside"));
    }

    @Test
    void doubleConsonantsTypedWithoutShiftAreForgiven() {
        assertTrue(found("사기당햇어요 ㅠㅠ").contains("@scammed"), "ㅆ typed without Shift as ㅅ");
    }

    @Test
    void looseJamoAreComposed() {
        assertTrue(found("ㅎㅕㄴㄱㅡㅁㅎㅘ 뭐에요").contains("@cash-out"));
    }

    @Test
    void koreanTypedOnAnEnglishLayoutIsReadAsKorean() {
        assertTrue(found("gusrmaghk").contains("@cash-out"), "gusrmaghk = 현금화");
        assertTrue(found("tntnfy").contains("@fee"), "tntnfy = 수수료");
        assertEquals(List.of(), found("hello there"), "English words are not Korean typing");
        assertEquals("sue me", MATCHER.prepared("sue me"), "one syllable (녇) is a chance spelling, not Korean");
    }

    @Test
    void moneyAmountsAreOneWordClass() {
        assertTrue(found("i need 500k by friday").contains("@need-money"), "a form written with 100k matches any amount");
        assertTrue(found("need 1m").contains("@need-money"));
        assertTrue(found("need 20k asap").contains("@need-money"));
        assertFalse(found("need 401k advice").contains("@need-money"), "401k is a retirement plan, not a round amount");
        assertFalse(found("need 1332").contains("@need-money"), "plain figures such as help-line numbers stay figures");
    }

    @Test
    void theLongerFormWinsExceptForQuestionKindCues() {
        assertEquals(List.of("@micropayment"), found("carrier billing"), "carrier billing is not also carrier");
        assertEquals(List.of("@law", "@legal-q"), found("is it legal"), "a cue does not hide the topic inside it");
        assertEquals(List.of("@law", "@legal-q"), found("현금 불법인가요").stream().filter(s -> !s.equals("@cash-out")).toList());
    }

    @Test
    void matchingUsesTheCorrectedText() {
        assertEquals("is it legal", MATCHER.prepared("Is it LEAGL?"));
        assertEquals("legality", MATCHER.match(Question.of("is it leagl")).id().orElseThrow());
    }
}
