package faqbot.match;

import faqbot.faq.Concept;
import faqbot.faq.ConceptKind;
import faqbot.faq.Entry;
import faqbot.faq.EntryRules;
import faqbot.faq.Faq;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers every concept of the vocabulary and every entry-specific word into one slot table, so
 * scoring works on small integer arrays and a question is read once for all entries.
 */
final class ConceptTable {
    private final Map<String, Integer> slotOfTerm;
    private final int[][] slotsOfTerm;
    private final int slotCount;
    private final int[] domain;
    private final int[] outside;
    private final int[] topics;
    private final TermIndex terms;

    private ConceptTable(Map<String, Integer> slotOfTerm, int[][] slotsOfTerm, int slotCount, int[] domain, int[] outside, int[] topics, TermIndex terms) {
        this.slotOfTerm = slotOfTerm;
        this.slotsOfTerm = slotsOfTerm;
        this.slotCount = slotCount;
        this.domain = domain;
        this.outside = outside;
        this.topics = topics;
        this.terms = terms;
    }

    static ConceptTable build(Faq faq) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        Map<Integer, List<Integer>> slotsOfTerm = new HashMap<>();
        TermIndex index = new TermIndex();
        List<Integer> domain = new ArrayList<>();
        List<Integer> outside = new ArrayList<>();
        List<Integer> topics = new ArrayList<>();
        for (Concept c : faq.vocabulary().concepts()) {
            int slot = slots.size();
            slots.put(EntryRules.CONCEPT_PREFIX + c.id(), slot);
            for (String form : c.allForms()) {
                slotsOfTerm.computeIfAbsent(index.add(form), k -> new ArrayList<>()).add(slot);
            }
            if (c.kind() == ConceptKind.DOMAIN) {
                domain.add(slot);
            } else if (c.kind() == ConceptKind.OUTSIDE) {
                outside.add(slot);
            } else if (c.kind() == ConceptKind.TOPIC) {
                topics.add(slot);
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
                    slotsOfTerm.computeIfAbsent(index.add(t), k -> new ArrayList<>()).add(slot);
                }
            }
        }
        int[][] byTerm = new int[index.size()][];
        for (int t = 0; t < byTerm.length; t++) {
            byTerm[t] = slotsOfTerm.getOrDefault(t, List.of()).stream().mapToInt(Integer::intValue).toArray();
        }
        return new ConceptTable(Map.copyOf(slots), byTerm, slots.size(),
                domain.stream().mapToInt(Integer::intValue).toArray(),
                outside.stream().mapToInt(Integer::intValue).toArray(),
                topics.stream().mapToInt(Integer::intValue).toArray(), index.freeze());
    }

    /** Slots of rule terms; every term was validated by the loader, so each has a slot. */
    int[] slots(Collection<String> ruleTerms) {
        return ruleTerms.stream().mapToInt(slotOfTerm::get).toArray();
    }

    /** Which slots occur in the question. */
    boolean[] find(NormalizedText text) {
        boolean[] termFound = terms.find(text);
        boolean[] found = new boolean[slotCount];
        for (int t = 0; t < termFound.length; t++) {
            if (termFound[t]) {
                for (int s : slotsOfTerm[t]) {
                    found[s] = true;
                }
            }
        }
        return found;
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

    int slotCount() {
        return slotCount;
    }

    /** Slots of the TOPIC concepts, the ones an entry pays for leaving unexplained. */
    int[] topics() {
        return topics;
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
}
