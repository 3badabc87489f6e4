package faqbot.match;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.EntryRules;
import faqbot.faq.Lang;
import faqbot.faq.LocalizedText;
import faqbot.faq.Vocabulary;
import faqbot.faq.Warnings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small FAQs in code so each matcher test shows exactly the rules it depends on. */
final class FaqBuilder {
    private final List<Entry> entries = new ArrayList<>();
    private Vocabulary vocabulary = Vocabulary.EMPTY;

    FaqBuilder vocabulary(Vocabulary v) {
        this.vocabulary = v;
        return this;
    }

    FaqBuilder entry(String id, int order, List<String> require, Map<String, Double> prefer, List<String> exclude) {
        LocalizedText en = new LocalizedText(id + " title", id + " answer", List.of("a", "b", "c", "d"));
        LocalizedText ko = new LocalizedText(id + " 제목", id + " 답변", List.of("가", "나", "다", "라"));
        // Old-style arguments kept for readability: required terms become needs, the rest helps.
        Map<String, Integer> needs = new LinkedHashMap<>();
        Map<String, Integer> helps = new LinkedHashMap<>();
        prefer.forEach((t, w) -> (require.isEmpty() || require.contains(t) ? needs : helps).put(t, (int) Math.round(w)));
        require.forEach(t -> needs.putIfAbsent(t, 1));
        EntryRules rules = new EntryRules(needs, helps, exclude);
        entries.add(new Entry(id, "test", order, Map.of(Lang.EN, en, Lang.KO, ko), rules, List.of()));
        return this;
    }

    /** Marks the last entry added as urgent (the crisis lines): it wins whenever it reaches the threshold. */
    FaqBuilder urgent() {
        Entry e = entries.remove(entries.size() - 1);
        entries.add(new Entry(e.id(), e.section(), e.order(), e.texts(), e.rules(), e.related(), true));
        return this;
    }

    Faq build() {
        Warnings w = new Warnings(Map.of(Lang.EN, "LEGAL-EN", Lang.KO, "LEGAL-KO"), Map.of(Lang.EN, "SCAM-EN", Lang.KO, "SCAM-KO"));
        return new Faq(entries, w, vocabulary, "test");
    }
}
