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
    private FaqCheck() {
    }

    /** Problems that loading alone cannot see; empty when the FAQ is fit to serve. */
    public static List<FaqProblem> problems(Faq faq, MatchSettings settings) {
        Matcher matcher = new Matcher(faq, settings);
        List<FaqProblem> problems = new ArrayList<>();
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

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
