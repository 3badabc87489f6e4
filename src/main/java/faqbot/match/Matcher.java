package faqbot.match;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.KeywordRules;
import faqbot.faq.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the FAQ entry a question is about by keyword rules: explainable to a maintainer, and the
 * same question always gets the same answer. Immutable and thread-safe.
 */
public final class Matcher {
    private final MatchSettings settings;
    private final List<Rules> entries;
    private final TermIndex terms;

    public Matcher(Faq faq, MatchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        TermIndex index = new TermIndex();
        List<Rules> rules = new ArrayList<>();
        for (Entry e : faq.entries()) {
            Map<Integer, Double> prefer = new HashMap<>();
            Set<Integer> require = new LinkedHashSet<>();
            Set<Integer> exclude = new LinkedHashSet<>();
            for (Lang lang : Lang.values()) {
                KeywordRules r = e.rules(lang);
                r.prefer().forEach((t, w) -> prefer.merge(index.add(t), w, Math::max));
                r.require().forEach(t -> require.add(index.add(t)));
                r.exclude().forEach(t -> exclude.add(index.add(t)));
            }
            for (int t : require) {
                // A required term that is not weighted still says something about the topic.
                prefer.putIfAbsent(t, 1.0);
            }
            int[] preferTerms = toArray(prefer.keySet());
            double[] weights = new double[preferTerms.length];
            for (int i = 0; i < preferTerms.length; i++) {
                weights[i] = prefer.get(preferTerms[i]);
            }
            rules.add(new Rules(e.id(), e.order(), preferTerms, weights, toArray(require), toArray(exclude)));
        }
        this.entries = List.copyOf(rules);
        this.terms = index.freeze();
    }

    public Matcher(Faq faq) {
        this(faq, MatchSettings.DEFAULTS);
    }

    public MatchSettings settings() {
        return settings;
    }

    /** Matches one question; never throws for any text. */
    public MatchResult match(Question question) {
        NormalizedText text = Normalizer.normalize(question.text());
        Lang lang = question.forced().orElse(text.hasHangul() ? Lang.KO : question.fallback());
        List<Candidate> ranked = text.isEmpty() ? List.of() : score(terms.find(text));
        Optional<Candidate> best = ranked.isEmpty() || ranked.get(0).score() < settings.threshold()
                ? Optional.empty() : Optional.of(ranked.get(0));
        boolean close = best.isPresent() && ranked.size() > 1
                && ranked.get(1).score() >= best.get().score() - settings.closeMargin();
        List<String> alternatives = new ArrayList<>();
        for (Candidate c : ranked.subList(best.isPresent() ? 1 : 0, ranked.size())) {
            // Runners-up are offered when close to the winner; without a winner, guesses above half
            // the threshold are offered, so a lone context word ("phone") suggests nothing.
            boolean worthOffering = best.isPresent()
                    ? c.score() >= best.get().score() - settings.closeMargin()
                    : c.score() > settings.threshold() / 2;
            if (alternatives.size() >= settings.maxAlternatives() || !worthOffering) {
                break;
            }
            alternatives.add(c.id());
        }
        return new MatchResult(question.text(), text, lang, best, ranked, alternatives, close);
    }

    private List<Candidate> score(boolean[] found) {
        List<Candidate> out = new ArrayList<>();
        for (Rules r : entries) {
            if (anyFound(r.exclude, found) || (r.require.length > 0 && !anyFound(r.require, found))) {
                continue;
            }
            double score = 0;
            for (int i = 0; i < r.preferTerms.length; i++) {
                if (found[r.preferTerms[i]]) {
                    score += r.weights[i];
                }
            }
            if (score > 0) {
                out.add(new Candidate(r.id, score, r.order));
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean anyFound(int[] ts, boolean[] found) {
        for (int t : ts) {
            if (found[t]) {
                return true;
            }
        }
        return false;
    }

    private static int[] toArray(Set<Integer> s) {
        return s.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** One entry's rules with terms replaced by indexes into the shared term table. */
    private record Rules(String id, int order, int[] preferTerms, double[] weights, int[] require, int[] exclude) {
    }
}
