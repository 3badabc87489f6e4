package faqbot.core;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.FaqException;
import faqbot.faq.FaqProblem;
import faqbot.faq.Lang;
import faqbot.match.MatchResult;
import faqbot.match.MatchSettings;
import faqbot.match.Matcher;
import faqbot.match.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that need the matcher as well as the loader: every example must select its own entry, so
 * a rule edit that breaks an entry is caught before it is served (by {@code check} and by reload).
 */
public final class FaqCheck {
    /** Entries stay short: words belong in the shared vocabulary, not repeated in each entry. */
    public static final int MAX_AVERAGE_RULE_TERMS = 25;

    private FaqCheck() {
    }

    /** Problems that loading alone cannot see; empty when the FAQ is fit to serve. */
    public static List<FaqProblem> problems(Faq faq, MatchSettings settings) {
        Matcher matcher = new Matcher(faq, settings);
        List<FaqProblem> problems = new ArrayList<>();
        double terms = averageRuleTerms(faq);
        if (terms > MAX_AVERAGE_RULE_TERMS) {
            problems.add(new FaqProblem("entries/", "", "rules", String.format(java.util.Locale.ROOT,
                    "%.1f rule terms per entry on average, at most %d: move shared words into concepts.json", terms, MAX_AVERAGE_RULE_TERMS)));
        }
        for (Entry e : faq.entries()) {
            for (Lang lang : Lang.values()) {
                List<String> examples = e.text(lang).examples();
                for (int i = 0; i < examples.size(); i++) {
                    MatchResult m = matcher.match(new Question(examples.get(i), java.util.Optional.of(lang), lang));
                    if (!m.id().map(e.id()::equals).orElse(false)) {
                        String got = m.id().map(id -> "matched '" + id + "' (score " + fmt(m.score()) + ")")
                                .orElse("matched nothing (best score " + fmt(m.score()) + ", threshold " + fmt(settings.threshold()) + ")");
                        problems.add(new FaqProblem("entries/" + e.id() + ".json", e.id(),
                                lang.code() + ".examples[" + i + "]", "\"" + examples.get(i) + "\" " + got));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The FAQ, when it passes the same checks as {@code check} and reload, so start-up serves only an
     * FAQ those would accept.
     *
     * @throws FaqException with every problem found
     */
    public static Faq requireFit(Faq faq, MatchSettings settings) throws FaqException {
        List<FaqProblem> problems = problems(faq, settings);
        if (!problems.isEmpty()) {
            throw new FaqException(problems);
        }
        return faq;
    }

    /** A rule collision: an example of one entry that another entry matches with the same score or more. */
    public record Collision(String entryId, String example, String otherId, double score, double otherScore) {
        @Override
        public String toString() {
            return "entries/" + entryId + ".json [" + entryId + "] example \"" + example + "\": '" + otherId
                    + "' scores " + fmt(otherScore) + " against " + fmt(score) + " (decided by order only)";
        }
    }

    /**
     * Examples whose own entry wins only by topic order: another entry's rules reach the same score,
     * so a small rule edit there would take the question away.
     */
    public static List<Collision> collisions(Faq faq, MatchSettings settings) {
        Matcher matcher = new Matcher(faq, settings);
        List<Collision> out = new ArrayList<>();
        for (Entry e : faq.entries()) {
            for (Lang lang : Lang.values()) {
                for (String ex : e.text(lang).examples()) {
                    MatchResult m = matcher.match(new Question(ex, java.util.Optional.of(lang), lang));
                    double own = m.ranked().stream().filter(c -> c.id().equals(e.id())).mapToDouble(c -> c.score()).findFirst().orElse(0);
                    m.ranked().stream().filter(c -> !c.id().equals(e.id()) && c.score() >= own && own > 0).findFirst()
                            .ifPresent(c -> out.add(new Collision(e.id(), ex, c.id(), own, c.score())));
                }
            }
        }
        return out;
    }

    /** Rule terms per entry on average, a concept reference counting as one. */
    public static double averageRuleTerms(Faq faq) {
        return faq.entries().stream().mapToInt(e -> e.rules().termCount()).average().orElse(0);
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
