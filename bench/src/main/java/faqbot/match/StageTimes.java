package faqbot.match;

import faqbot.bench.BenchData;
import faqbot.core.FaqBot;
import faqbot.reply.ReplyComposer;
import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * Times each stage of answering a short question alone and chained with the stages before it, to show
 * how much of {@code AskBenchmark}'s time is the stages' own work and how much comes from running them
 * one after another. It lives in the matcher's package because the stages (the concept table, the rule
 * table, the question model) are package-private on purpose. Usage: {@code java -cp
 * bench/target/benchmarks.jar faqbot.match.StageTimes [rounds]}; prints nanoseconds per question, the best
 * of that many rounds over the 987 short questions (docs/benchmarks.md, speed round 6).
 */
public final class StageTimes {
    private StageTimes() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        var faq = BenchData.faq();
        FaqBot bot = new FaqBot(faq);
        Matcher matcher = bot.matcher();
        ConceptTable table = ConceptTable.build(faq);
        RuleTable rules = new RuleTable(faq.entries(), table);
        QuestionModel model = matcher.model().orElseThrow(() -> new IllegalStateException("the FAQ has no labelled questions"));
        ReplyComposer composer = bot.replies();
        double threshold = matcher.settings().threshold();
        String[] text = BenchData.questions("short").toArray(String[]::new);
        int n = text.length;
        Question[] questions = Arrays.stream(text).map(Question::of).toArray(Question[]::new);
        String[] folded = Arrays.stream(text).map(Normalizer::fold).toArray(String[]::new);
        boolean[][] found = new boolean[n][];
        boolean[] outsideOnly = new boolean[n];
        for (int i = 0; i < n; i++) {
            found[i] = table.find(folded[i], text[i]).clone();
            outsideOnly[i] = table.outsideOnly(found[i]);
        }
        MatchResult[] matched = Arrays.stream(questions).map(matcher::match).toArray(MatchResult[]::new);
        // Three passes: the first ones warm the compiler up, the last is the one to read.
        for (int pass = 1; pass <= 3; pass++) {
            System.out.printf("pass %d, ns per question (best of %d rounds over %d questions)%n", pass, rounds, n);
            print("fold", rounds, n, i -> Normalizer.fold(text[i]).length());
            print("rules' pass (writer, automaton)", rounds, n, i -> table.find(folded[i], text[i]).length);
            print("rule scoring", rounds, n, i -> rules.score(found[i], outsideOnly[i], threshold).size());
            print("question model", rounds, n, i -> model.guess(folded[i], found[i]).runnersUp().size());
            print("compose", rounds, n, i -> composer.compose(matched[i]).text().length());
            print("chained: fold, pass, scoring", rounds, n, i -> {
                String f = Normalizer.fold(text[i]);
                boolean[] hit = table.find(f, text[i]);
                return rules.score(hit, table.outsideOnly(hit), threshold).size();
            });
            print("chained: fold, pass, model", rounds, n, i -> {
                String f = Normalizer.fold(text[i]);
                return model.guess(f, table.find(f, text[i])).runnersUp().size();
            });
            print("chained: all four", rounds, n, i -> {
                String f = Normalizer.fold(text[i]);
                boolean[] hit = table.find(f, text[i]);
                return rules.score(hit, table.outsideOnly(hit), threshold).size() + model.guess(f, hit).runnersUp().size();
            });
            print("Matcher.match", rounds, n, i -> matcher.match(questions[i]).ranked().size());
            print("FaqBot.ask", rounds, n, i -> bot.ask(questions[i]).reply().text().length());
        }
    }

    private static long sink;

    private static void print(String what, int rounds, int n, IntToLongFunction stage) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += stage.applyAsLong(i);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("  %-34s %6.0f%n", what, best / (double) n);
    }
}
