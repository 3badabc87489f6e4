package faqbot.match;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.KeywordRules;
import faqbot.faq.Lang;
import faqbot.faq.LocalizedText;
import faqbot.faq.Warnings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small FAQs in code so each matcher test shows exactly the rules it depends on. */
final class FaqBuilder {
    private final List<Entry> entries = new ArrayList<>();

    FaqBuilder entry(String id, int order, List<String> require, Map<String, Double> prefer, List<String> exclude) {
        LocalizedText en = new LocalizedText(id + " title", id + " answer", List.of("a", "b", "c", "d"));
        LocalizedText ko = new LocalizedText(id + " 제목", id + " 답변", List.of("가", "나", "다", "라"));
        // Split terms by script so the entry looks like a real one; the matcher applies both anyway.
        Map<Lang, KeywordRules> rules = Map.of(
                Lang.EN, new KeywordRules(require, new LinkedHashMap<>(prefer), exclude),
                Lang.KO, KeywordRules.NONE);
        entries.add(new Entry(id, "test", order, Map.of(Lang.EN, en, Lang.KO, ko), rules, List.of()));
        return this;
    }

    Faq build() {
        Warnings w = new Warnings(Map.of(Lang.EN, "LEGAL-EN", Lang.KO, "LEGAL-KO"), Map.of(Lang.EN, "SCAM-EN", Lang.KO, "SCAM-KO"));
        return new Faq(entries, w, "test");
    }
}
