package faqbot.match;

import faqbot.faq.Concept;
import faqbot.faq.ConceptKind;
import faqbot.faq.Entry;
import faqbot.faq.EntryRules;
import faqbot.faq.Faq;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every concept of the vocabulary and every entry-specific word, numbered into slots and compiled
 * into one automaton, so a question is read once for all entries and scoring works on small arrays.
 */
final class ConceptTable {
    /** Korean forms this long or longer also match with one jamo slipped to a neighbouring key. */
    static final int MIN_SLIP_SYLLABLES = 3;

    private final Map<String, Integer> slotOfTerm;
    private final int[][] slotsOfPattern;
    private final int slotCount;
    private final int[] domain;
    private final int[] outside;
    private final int[] topics;
    private final Automaton automaton;
    private final LatinWords words;
    // The slot of the link concept, when the vocabulary has one: found whenever the raw question holds a link or handle.
    private final int linkSlot;
    private final ThreadLocal<Scan> scans;

    private ConceptTable(Map<String, Integer> slotOfTerm, int[][] slotsOfPattern, int slotCount, int[] domain,
                         int[] outside, int[] topics, Automaton automaton, LatinWords words, int linkSlot) {
        this.slotOfTerm = slotOfTerm;
        this.slotsOfPattern = slotsOfPattern;
        this.slotCount = slotCount;
        this.domain = domain;
        this.outside = outside;
        this.topics = topics;
        this.automaton = automaton;
        this.words = words;
        this.linkSlot = linkSlot;
        int[] onlySlot = new int[slotsOfPattern.length];
        for (int p = 0; p < onlySlot.length; p++) {
            onlySlot[p] = slotsOfPattern[p].length == 1 ? slotsOfPattern[p][0] : -1;
        }
        this.scans = ThreadLocal.withInitial(() -> new Scan(new TextWriter(words), slotCount, slotsOfPattern, onlySlot));
    }

    static ConceptTable build(Faq faq) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        Map<String, Set<Integer>> slotsOfForm = new LinkedHashMap<>();
        List<Integer> domain = new ArrayList<>();
        List<Integer> outside = new ArrayList<>();
        List<Integer> topics = new ArrayList<>();
        TextWriter plain = new TextWriter(null);
        for (Concept c : faq.vocabulary().concepts()) {
            int slot = slots.size();
            slots.put(EntryRules.CONCEPT_PREFIX + c.id(), slot);
            for (String form : c.allForms()) {
                slotsOfForm.computeIfAbsent(pattern(plain, form), k -> new HashSet<>()).add(slot);
            }
            switch (c.kind()) {
                case DOMAIN -> domain.add(slot);
                case OUTSIDE -> outside.add(slot);
                case TOPIC -> topics.add(slot);
                default -> { }
            }
        }
        for (Entry e : faq.entries()) {
            List<String> all = new ArrayList<>(e.rules().needs().keySet());
            all.addAll(e.rules().helps().keySet());
            all.addAll(e.rules().unless());
            for (String t : all) {
                if (!EntryRules.isConcept(t) && !slots.containsKey(t)) {
                    int slot = slots.size();
                    slots.put(t, slot);
                    slotsOfForm.computeIfAbsent(pattern(plain, t), k -> new HashSet<>()).add(slot);
                }
            }
        }
        slotsOfForm.remove("");
        Automaton.Builder builder = new Automaton.Builder();
        List<int[]> patternSlots = new ArrayList<>();
        Set<String> latin = new HashSet<>();
        boolean[] cue = new boolean[slots.size()];
        boolean[] outsideSlot = new boolean[slots.size()];
        for (Concept c : faq.vocabulary().concepts()) {
            cue[slots.get(EntryRules.CONCEPT_PREFIX + c.id())] = c.kind() == ConceptKind.CUE;
            outsideSlot[slots.get(EntryRules.CONCEPT_PREFIX + c.id())] = c.kind() == ConceptKind.OUTSIDE;
        }
        slotsOfForm.forEach((p, s) -> {
            builder.add(p, true, !s.stream().allMatch(x -> cue[x]));
            patternSlots.add(s.stream().mapToInt(Integer::intValue).sorted().toArray());
            for (String w : p.split(" ")) {
                if (!w.isEmpty() && !TextWriter.isHangulChar(w.charAt(0))) {
                    latin.add(w);
                }
            }
        });
        slotsOfForm.forEach((p, s) -> {
            // Outside subjects (utility bills, 어린이집) get no slipped forms: a slip there costs at most one
            // off-topic answer, while their forms' slips were a fifth of the automaton and of its scan time.
            if (s.stream().allMatch(x -> outsideSlot[x])) {
                return;
            }
            for (String v : JamoSlips.of(p, MIN_SLIP_SYLLABLES)) {
                if (!slotsOfForm.containsKey(v)) {
                    builder.add(v, false, !s.stream().allMatch(x -> cue[x]));
                    patternSlots.add(s.stream().mapToInt(Integer::intValue).sorted().toArray());
                }
            }
        });
        int link = slots.getOrDefault(EntryRules.CONCEPT_PREFIX + Links.CONCEPT, -1);
        return new ConceptTable(Map.copyOf(slots), patternSlots.toArray(int[][]::new), slots.size(), ints(domain),
                ints(outside), ints(topics), builder.build(), LatinWords.of(latin), link);
    }

    /** The automaton pattern of a form: written like a question, Korean edges without spaces, a prefix form open at the end. */
    static String pattern(TextWriter plain, String form) {
        boolean prefix = form.strip().endsWith("*");
        plain.write(Normalizer.fold(form.replace("*", "")));
        int from = 0;
        int to = plain.length();
        char[] c = plain.chars();
        if (to - from >= 2 && TextWriter.isHangulChar(c[from + 1])) {
            from++;
        }
        if (to - from >= 2 && (prefix || TextWriter.isHangulChar(c[to - 2]))) {
            to--;
        }
        String p = new String(c, from, to - from);
        return p.isBlank() ? "" : p;
    }

    private static int[] ints(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Slots of rule terms; every term was validated by the loader, so each has a slot. */
    int[] slots(Collection<String> ruleTerms) {
        return ruleTerms.stream().mapToInt(slotOfTerm::get).toArray();
    }

    int slotCount() {
        return slotCount;
    }

    int patternCount() {
        return automaton.patternCount();
    }

    /** Slots of the TOPIC concepts, the ones an entry pays for leaving unexplained. */
    int[] topics() {
        return topics;
    }

    /**
     * Which slots occur in the question ({@code raw}, and {@code folded} as {@link Normalizer#fold} gives
     * it); the array belongs to the calling thread and is overwritten by its next call. The vocabulary's
     * concepts come first, in its order, then the entries' own words.
     */
    boolean[] find(String folded, String raw) {
        Scan s = scans.get();
        s.writer.write(folded);
        java.util.Arrays.fill(s.found, false);
        automaton.scan(s.writer.chars(), s.writer.length(), s.scratch(s.writer.length()), s);
        if (linkSlot >= 0 && Links.in(raw)) {
            s.found[linkSlot] = true;
        }
        return s.found;
    }

    /** Whether the calling thread's last question had Korean letters. */
    boolean lastHadHangul() {
        return scans.get().writer.hasHangul();
    }

    /** Whether the calling thread's last question had no letters or digits at all. */
    boolean lastBlank() {
        return scans.get().writer.isBlank();
    }

    /** The text as the automaton read it, e.g. to see how a typo was corrected. */
    String prepared(String folded) {
        TextWriter w = scans.get().writer.write(folded);
        return new String(w.chars(), 0, w.length()).strip();
    }

    /** Names of the concepts and words found in the question, for explaining a decision to a maintainer. */
    List<String> names(boolean[] found) {
        List<String> out = new ArrayList<>();
        slotOfTerm.forEach((name, slot) -> {
            if (found[slot]) {
                out.add(name);
            }
        });
        out.sort(null);
        return out;
    }

    /** True when an OUTSIDE concept was found and no DOMAIN concept was. */
    boolean outsideOnly(boolean[] found) {
        boolean out = false;
        for (int s : outside) {
            out |= found[s];
        }
        if (!out) {
            return false;
        }
        for (int s : domain) {
            if (found[s]) {
                return false;
            }
        }
        return true;
    }

    /** One thread's reusable buffers: the prepared text, the hit list and the found slots. */
    private static final class Scan implements Automaton.Hits {
        final TextWriter writer;
        final boolean[] found;
        final int[][] slotsOfPattern;
        // The one slot of each pattern that has one (nearly all), else -1: a long message has hundreds of
        // hits, and this spares each the read of an array of its own.
        final int[] onlySlot;
        private int[] scratch = new int[3 * 256];

        Scan(TextWriter writer, int slots, int[][] slotsOfPattern, int[] onlySlot) {
            this.writer = writer;
            this.found = new boolean[slots];
            this.slotsOfPattern = slotsOfPattern;
            this.onlySlot = onlySlot;
        }

        int[] scratch(int textLength) {
            // At most a few patterns end at each character; 3 ints per hit.
            int need = 3 * 8 * (textLength + 1);
            if (scratch.length < need) {
                scratch = new int[need];
            }
            return scratch;
        }

        @Override
        public void hit(int pattern, int start, int end) {
            int only = onlySlot[pattern];
            if (only >= 0) {
                found[only] = true;
                return;
            }
            for (int s : slotsOfPattern[pattern]) {
                found[s] = true;
            }
        }
    }
}
