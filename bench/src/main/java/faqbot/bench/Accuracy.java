package faqbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Accuracy figures on the evaluation set, and the cut-off search that makes the Lucene baseline as good as it can be. */
public final class Accuracy {
    /** What an engine answered for one question, before any cut-off. */
    public record Outcome(EvalQuestion question, Optional<String> top, double score) {
    }

    /** Counts on a question set at one cut-off. */
    public record Figures(int inScope, int inScopeCorrect, int offTopic, int offTopicRejected) {
        public double accuracy() {
            return inScope == 0 ? 0 : (double) inScopeCorrect / inScope;
        }

        public double rejection() {
            return offTopic == 0 ? 0 : (double) offTopicRejected / offTopic;
        }

        /** The tuning objective: the mean of the two rates, so the few off-topic questions are not outvoted. */
        public double balanced() {
            return (accuracy() + rejection()) / 2;
        }

        Figures plus(Figures o) {
            return new Figures(inScope + o.inScope, inScopeCorrect + o.inScopeCorrect, offTopic + o.offTopic, offTopicRejected + o.offTopicRejected);
        }

        public String cells() {
            return String.format(Locale.ROOT, "%.3f (%d/%d) | %.3f (%d/%d)",
                    accuracy(), inScopeCorrect, inScope, rejection(), offTopicRejected, offTopic);
        }
    }

    private Accuracy() {
    }

    /** Figures when a question counts as answered only if its top score reaches {@code cutoff}. */
    public static Figures at(List<Outcome> outcomes, double cutoff) {
        int in = 0;
        int inOk = 0;
        int off = 0;
        int offOk = 0;
        for (Outcome o : outcomes) {
            boolean answered = o.top().isPresent() && o.score() >= cutoff;
            if (o.question().offTopic()) {
                off++;
                offOk += answered ? 0 : 1;
            } else {
                in++;
                inOk += answered && o.question().expect().contains(o.top().get()) ? 1 : 0;
            }
        }
        return new Figures(in, inOk, off, offOk);
    }

    /** The cut-off with the best balanced accuracy on {@code outcomes}; ties go to the lowest cut-off. */
    public static double tune(List<Outcome> outcomes) {
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        outcomes.forEach(o -> candidates.add(o.score()));
        candidates.add(Math.nextUp(candidates.last()));
        double best = 0;
        double bestValue = -1;
        for (double c : candidates) {
            double v = at(outcomes, c).balanced();
            if (v > bestValue) {
                bestValue = v;
                best = c;
            }
        }
        return best;
    }

    /**
     * A less optimistic figure: the cut-off is tuned on half of the set (odd lines) and scored on the
     * other half, then the halves swap, and the counts are added.
     */
    public static Figures twoFold(List<Outcome> outcomes) {
        List<Outcome> a = new ArrayList<>();
        List<Outcome> b = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            (i % 2 == 0 ? a : b).add(outcomes.get(i));
        }
        return at(b, tune(a)).plus(at(a, tune(b)));
    }
}
