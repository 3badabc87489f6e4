package faqbot.bench;

import faqbot.core.Evaluation;
import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.match.MatchResult;
import faqbot.match.Question;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints the accuracy table of the rule matcher and the Lucene baseline on the evaluation set, in
 * one run on the same FAQ: {@code java -cp bench/target/benchmarks.jar faqbot.bench.Compare [--misses]}.
 */
public final class Compare {
    private Compare() {
    }

    public static void main(String[] args) throws Exception {
        boolean misses = List.of(args).contains("--misses");
        Faq faq = BenchData.faq();
        List<EvalQuestion> set = BenchData.evalSet();
        long ko = set.stream().filter(q -> BenchData.hasHangul(q.q())).count();
        long off = set.stream().filter(EvalQuestion::offTopic).count();
        System.out.printf(Locale.ROOT, "FAQ: %s, %d entries%n", faq.source(), faq.entries().size());
        System.out.printf(Locale.ROOT, "Evaluation set: %s, %d questions (%d with Hangul, %d off-topic)%n%n",
                BenchData.evalSource(), set.size(), ko, off);

        FaqBot bot = new FaqBot(faq);
        List<Accuracy.Outcome> rules = new ArrayList<>();
        for (EvalQuestion q : set) {
            MatchResult m = bot.ask(Question.of(q.q())).match();
            rules.add(new Accuracy.Outcome(q, m.id(), m.score()));
        }
        Accuracy.Figures ruleFigures = Accuracy.at(rules, 0);
        checkAgainstProjectEvaluation(bot, set, ruleFigures);

        System.out.println("| engine | cut-off | in-scope top-1 accuracy | off-topic rejection |");
        System.out.println("|---|---|---|---|");
        row("rules (keyword matcher, shipped settings)", String.format(Locale.ROOT, "%.1f (built in)", bot.matcher().settings().threshold()), ruleFigures);
        List<List<Accuracy.Outcome>> lucene = new ArrayList<>();
        for (LuceneBaseline.Layout layout : LuceneBaseline.Layout.values()) {
            List<Accuracy.Outcome> outcomes = new ArrayList<>();
            try (LuceneBaseline l = new LuceneBaseline(faq, layout, 0)) {
                for (EvalQuestion q : set) {
                    LuceneBaseline.Hit h = l.search(q.q());
                    outcomes.add(new Accuracy.Outcome(q, h.id(), h.score()));
                }
            }
            lucene.add(outcomes);
            String name = "Lucene BM25, " + (layout == LuceneBaseline.Layout.ENTRY ? "one doc per entry" : "one doc per title/answer/example");
            double tuned = Accuracy.tune(outcomes);
            row(name + ", no cut-off", "none", Accuracy.at(outcomes, 0));
            row(name + ", cut-off tuned on this set", String.format(Locale.ROOT, "%.2f", tuned), Accuracy.at(outcomes, tuned));
            row(name + ", cut-off tuned by 2-fold cross-validation", "per half", Accuracy.twoFold(outcomes));
        }
        System.out.println();
        System.out.println("Tuned cut-off = the BM25 score that maximises (accuracy + rejection) / 2 on this very set: an optimistic baseline.");
        System.out.printf(Locale.ROOT, "Lucene tuned cut-offs for the benchmarks: entry %.4f, text %.4f%n",
                Accuracy.tune(lucene.get(0)), Accuracy.tune(lucene.get(1)));
        if (misses) {
            printMisses("rules", rules, 0);
            printMisses("lucene-entry", lucene.get(0), Accuracy.tune(lucene.get(0)));
            printMisses("lucene-text", lucene.get(1), Accuracy.tune(lucene.get(1)));
        }
    }

    /** The tuned cut-off of a layout on the evaluation set, as the JMH benchmarks use it. */
    public static double tunedCutoff(Faq faq, LuceneBaseline.Layout layout) throws Exception {
        List<Accuracy.Outcome> outcomes = new ArrayList<>();
        try (LuceneBaseline l = new LuceneBaseline(faq, layout, 0)) {
            for (EvalQuestion q : BenchData.evalSet()) {
                LuceneBaseline.Hit h = l.search(q.q());
                outcomes.add(new Accuracy.Outcome(q, h.id(), h.score()));
            }
        }
        return Accuracy.tune(outcomes);
    }

    private static void row(String engine, String cutoff, Accuracy.Figures f) {
        System.out.println("| " + engine + " | " + cutoff + " | " + f.cells().replace(" | ", " | ") + " |");
    }

    /** The rule figures must equal the project's own Evaluation (the eval command and EvaluationSetTest). */
    private static void checkAgainstProjectEvaluation(FaqBot bot, List<EvalQuestion> set, Accuracy.Figures f) throws Exception {
        String jsonl = set.stream().map(q -> "{\"q\":" + json(q.q()) + ",\"expect\":["
                + q.expect().stream().map(Compare::json).collect(Collectors.joining(",")) + "]}").collect(Collectors.joining("\n"));
        Evaluation.Result r = Evaluation.run(bot, new BufferedReader(new StringReader(jsonl)));
        if (r.inScopeCorrect() != f.inScopeCorrect() || r.offTopicRejected() != f.offTopicRejected()) {
            throw new IllegalStateException("rule figures differ from faqbot.core.Evaluation: " + r.summary());
        }
    }

    private static String json(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void printMisses(String engine, List<Accuracy.Outcome> outcomes, double cutoff) {
        System.out.println();
        System.out.println("Misses of " + engine + ":");
        for (Accuracy.Outcome o : outcomes) {
            boolean answered = o.top().isPresent() && o.score() >= cutoff;
            boolean ok = o.question().offTopic() ? !answered : answered && o.question().expect().contains(o.top().get());
            if (!ok) {
                System.out.printf(Locale.ROOT, "  line %d: %s expected %s got %s (%.2f)%n", o.question().line(), o.question().q(),
                        o.question().expect(), answered ? o.top().get() : "-", o.score());
            }
        }
    }
}
