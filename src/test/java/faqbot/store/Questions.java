package faqbot.store;

import faqbot.faq.Lang;
import faqbot.match.Candidate;
import faqbot.match.MatchResult;
import faqbot.match.Normalizer;
import java.util.List;
import java.util.Optional;

/** Match results built by hand, so log and stats tests do not depend on the shipped FAQ's rules. */
final class Questions {
    private Questions() {
    }

    static MatchResult noMatch(String text, Lang lang, String nearest, double score) {
        List<Candidate> ranked = nearest == null ? List.of() : List.of(new Candidate(nearest, score, 10));
        return new MatchResult(text, text, lang, Optional.empty(), ranked, List.of(), false);
    }

    static MatchResult noMatch(String text) {
        return noMatch(text, Lang.EN, null, 0);
    }

    static MatchResult answered(String text, String id, double score) {
        Candidate c = new Candidate(id, score, 10);
        return new MatchResult(text, text, Lang.EN, Optional.of(c), List.of(c), List.of(), false);
    }

    static MatchResult closeCall(String text, String id, double score, String runnerUp) {
        Candidate c = new Candidate(id, score, 10);
        Candidate r = new Candidate(runnerUp, score - 0.5, 20);
        return new MatchResult(text, text, Lang.EN, Optional.of(c), List.of(c, r), List.of(runnerUp), true);
    }
}
