package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import faqbot.testing.Cases;
import faqbot.testing.Gen;
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

    /** Patterns with their flags, and a text, over a small alphabet so that they overlap often. */
    private record Search(List<String> patterns, List<Boolean> exact, List<Boolean> covers, String text) {
    }

    private static final String ALPHABET = "ab c가나\uFFFF";
    /** Enough chars and patterns that some states have more edges than fit a short list. */
    private static final String WIDE_ALPHABET = "abcdefghijklmnopqrstuvwxyz 가나다라마바사아자차카타파하\uFFFF";
    private static final Gen<Search> SEARCHES = searches(ALPHABET, 5, 40);
    private static final Gen<Search> WIDE_SEARCHES = searches(WIDE_ALPHABET, 3, 400);

    private static Gen<Search> searches(String alphabet, int maxLength, int maxPatterns) {
        return r -> search(r, alphabet, maxLength, maxPatterns);
    }

    private static Search search(java.util.SplittableRandom r, String alphabet, int maxLength, int maxPatterns) {
        Gen<String> pattern = Gen.chars(alphabet, 1, maxLength);
        Gen<Boolean> flag = Gen.of(true, true, false);
        int n = 1 + r.nextInt(maxPatterns);
        List<String> patterns = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        List<Boolean> covers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Now and then the same pattern twice, as a form and its typo variant can be.
            patterns.add(i > 0 && r.nextInt(8) == 0 ? patterns.get(r.nextInt(i)) : pattern.next(r));
            exact.add(flag.next(r));
            covers.add(flag.next(r));
        }
        return new Search(patterns, exact, covers, Gen.chars(alphabet + "xyz다", 0, 80).next(r));
    }

    /** Every occurrence by String.indexOf, then the covering rule of {@link Automaton#scan} written out literally. */
    private static List<String> naive(Search s) {
        List<int[]> all = new ArrayList<>();
        for (int p = 0; p < s.patterns().size(); p++) {
            String pat = s.patterns().get(p);
            for (int at = s.text().indexOf(pat); at >= 0; at = s.text().indexOf(pat, at + 1)) {
                all.add(new int[] {p, at, at + pat.length()});
            }
        }
        List<String> hits = new ArrayList<>();
        for (int[] h : all) {
            boolean hidden = false;
            for (int[] o : all) {
                if (!s.covers().get(o[0])) {
                    continue;
                }
                boolean endsLater = o[2] > h[2] && o[1] <= h[1];
                boolean sameEndLonger = o[2] == h[2] && o[1] < h[1];
                boolean sameSpanExact = o[2] == h[2] && o[1] == h[1] && s.exact().get(o[0]) && !s.exact().get(h[0]);
                hidden |= endsLater || sameEndLonger || sameSpanExact;
            }
            if (!hidden) {
                hits.add(h[0] + "@" + h[1]);
            }
        }
        hits.sort(null);
        return hits;
    }

    @Test
    void reportsTheSameHitsAsANaiveSearchForAnyPatternsAndText() {
        Cases.forAll(2_000, SEARCHES, AutomatonTest::sameAsNaive);
    }

    @Test
    void statesWithManyEdgesFindTheSameHitsAsANaiveSearch() {
        Cases.forAll(300, WIDE_SEARCHES, AutomatonTest::sameAsNaive);
    }

    private static void sameAsNaive(Search s) {
        Automaton.Builder b = new Automaton.Builder();
        for (int p = 0; p < s.patterns().size(); p++) {
            b.add(s.patterns().get(p), s.exact().get(p), s.covers().get(p));
        }
        Automaton a = b.build();
        char[] c = s.text().toCharArray();
        List<String> hits = new ArrayList<>();
        a.scan(c, c.length, new int[3 * s.patterns().size() * (c.length + 1)], (p, from, to) -> hits.add(p + "@" + from));
        hits.sort(null);
        assertEquals(naive(s), hits);
    }
}
