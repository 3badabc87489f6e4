package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automaton finds every form in one pass and reports only the hits the matcher should count. */
class AutomatonTest {
    private static List<String> scan(Automaton a, String text, List<String> names) {
        List<String> hits = new ArrayList<>();
        char[] c = text.toCharArray();
        a.scan(c, c.length, new int[3 * 8 * (c.length + 1)], (p, s, e) -> hits.add(names.get(p) + "@" + s));
        hits.sort(null);
        return hits;
    }

    @Test
    void findsEveryFormOverlappingOrNotInOnePass() {
        Automaton.Builder b = new Automaton.Builder();
        List<String> names = List.of("he", "she", "his", "hers");
        names.forEach(n -> b.add(n, true, true));
        // Classic Aho–Corasick example: "she" contains "he", so only she, and hers overlaps she.
        assertEquals(List.of("hers@2", "she@1"), scan(b.build(), "ushers", names));
    }

    @Test
    void koreanFormsAreFoundInsideWordsWithoutSpaces() {
        Automaton.Builder b = new Automaton.Builder();
        List<String> names = List.of("현금화", "수수료", "소액결제");
        names.forEach(n -> b.add(n, true, true));
        assertEquals(List.of("소액결제@0", "수수료@7", "현금화@4"), scan(b.build(), "소액결제현금화수수료는", names));
    }

    @Test
    void aLongerCoveringFormHidesTheFormsInsideIt() {
        Automaton.Builder b = new Automaton.Builder();
        List<String> names = List.of(" carier ", " carier bil ", "구제", "내구제");
        names.forEach(n -> b.add(n, true, true));
        Automaton a = b.build();
        assertEquals(List.of(" carier bil @0"), scan(a, " carier bil ", names));
        assertEquals(List.of(" carier @0"), scan(a, " carier plan ", names));
        assertEquals(List.of("내구제@0"), scan(a, "내구제대출", names));
        assertEquals(List.of("구제@2"), scan(a, "피해구제", names));
    }

    @Test
    void aNonCoveringFormHidesNothingAndAnExactFormBeatsATypoVariantOfTheSameSpan() {
        Automaton.Builder b = new Automaton.Builder();
        List<String> names = List.of("처벌", "처벌받나", "현굼화", "현굼화");
        b.add(names.get(0), true, true);
        b.add(names.get(1), false, false);
        b.add(names.get(2), true, true);
        b.add(names.get(3), false, true);
        Automaton a = b.build();
        assertEquals(List.of("처벌@0", "처벌받나@0"), scan(a, "처벌받나요", names));
        assertEquals(1, scan(a, "현굼화", names).size(), "one hit, the exact one");
    }

    @Test
    void textWithoutAnyFormReportsNothing() {
        Automaton.Builder b = new Automaton.Builder();
        b.add("fee", true, true);
        assertEquals(List.of(), scan(b.build(), "nothing to see here", List.of("fee")));
    }
}
