package faqbot.match;

import faqbot.faq.Lang;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the matcher decided for one question; an explicit value rather than null when nothing matched.
 *
 * @param question     the text as asked
 * @param folded       the question folded for comparison (see {@link #normalized()})
 * @param lang         the reply language
 * @param best         the answer: the question model's pick, or the rules' winner when there is no model
 *                     or the rules picked an entry they decide (crisis, evasion); empty for the fallback
 * @param ranked       every entry the rules scored above zero, best first; when the question model
 *                     picked the answer, that entry is put first (with at least the threshold as score)
 * @param alternatives ids to offer as "did you mean" (runners-up, or the best guesses when nothing matched)
 * @param closeCall    whether the runner-up came within the close margin of the winner
 * @param decidedBy    who picked the answer (or the fallback), for maintainers reading {@code ask --json}
 */
public record MatchResult(String question, String folded, Lang lang, Optional<Candidate> best,
                          List<Candidate> ranked, List<String> alternatives, boolean closeCall, Decider decidedBy) {
    /** Who picked: the keyword rules, or the question model learned from faq/questions/. */
    public enum Decider { RULES, MODEL }

    /** A result the keyword rules decided. */
    public MatchResult(String question, String folded, Lang lang, Optional<Candidate> best,
                       List<Candidate> ranked, List<String> alternatives, boolean closeCall) {
        this(question, folded, lang, best, ranked, alternatives, closeCall, Decider.RULES);
    }

    public MatchResult {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(folded, "folded");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(best, "best");
        ranked = List.copyOf(ranked);
        alternatives = List.copyOf(alternatives);
    }

    /** The normalised words, computed on demand because only the unanswered log needs them. */
    public NormalizedText normalized() {
        return Normalizer.tokenizeFolded(folded);
    }

    public boolean matched() {
        return best.isPresent();
    }

    /** The best id, or empty when nothing matched. */
    public Optional<String> id() {
        return best.map(Candidate::id);
    }

    /** The top score, 0 when nothing scored at all. */
    public double score() {
        return ranked.isEmpty() ? 0 : ranked.get(0).score();
    }

    /** The highest-ranked entry even below the threshold, e.g. for the unanswered-questions report. */
    public Optional<Candidate> topCandidate() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }
}
