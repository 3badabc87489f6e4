package faqbot.bench;

import faqbot.core.FaqBot;
import faqbot.match.Question;

/**
 * How a short question's time depends on how many distinct questions come round: a benchmark cycling
 * through a few dozen lets the caches and the branch predictor learn them, real traffic does not. Asks
 * the first N short questions in turn, for several N, and prints the best round's microseconds per
 * question; with {@code --evict LINES} it also reads that many random cache lines of a 64 MB array after
 * each question (their own time measured apart and taken off), which empties the L2 between questions.
 * Usage: {@code java -cp bench/target/benchmarks.jar faqbot.bench.DistinctQuestions [--evict LINES]}
 * (docs/benchmarks.md, speed round 6).
 */
public final class DistinctQuestions {
    private static final int[] COUNTS = {25, 100, 250, 500, Integer.MAX_VALUE};
    private static final long SECONDS_EACH = 6;
    private static final int BIG = 8 << 20;
    private static long[] big;
    private static int seed = 1;
    private static long sink;

    private DistinctQuestions() {
    }

    public static void main(String[] args) {
        int evict = args.length == 2 && args[0].equals("--evict") ? Integer.parseInt(args[1]) : 0;
        big = new long[evict > 0 ? BIG : 8];
        FaqBot bot = new FaqBot(BenchData.faq());
        for (int count : COUNTS) {
            Question[] questions = BenchData.questions("short").stream().limit(count).map(Question::of).toArray(Question[]::new);
            long both = Long.MAX_VALUE;
            long evicting = Long.MAX_VALUE;
            long end = System.nanoTime() + SECONDS_EACH * 1_000_000_000L;
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                for (Question q : questions) {
                    sink += bot.ask(q).reply().text().length();
                    sink += evict(evict);
                }
                long middle = System.nanoTime();
                for (int i = 0; i < questions.length; i++) {
                    sink += evict(evict);
                }
                both = Math.min(both, middle - start);
                evicting = Math.min(evicting, System.nanoTime() - middle);
            }
            System.out.printf("%4d distinct questions%s: %.2f us per question%n", questions.length,
                    evict > 0 ? ", " + evict + " lines evicted after each" : "", (both - (evict > 0 ? evicting : 0)) / 1e3 / questions.length);
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Reads {@code lines} pseudo-random cache lines of a 64 MB array. */
    private static long evict(int lines) {
        long s = 0;
        for (int i = 0; i < lines; i++) {
            seed = seed * 1103515245 + 12345;
            s += big[(seed >>> 1) & (big.length - 1) & ~7];
        }
        return s;
    }
}
