package faqbot.bench;

import faqbot.faq.Faq;
import faqbot.match.MatchResult;
import faqbot.match.Matcher;
import faqbot.match.NormalizedText;
import faqbot.match.Normalizer;
import faqbot.match.Question;
import faqbot.reply.ReplyComposer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rule engine's path split into its stages (normalise, match, compose), to show where the
 * time of {@link AskBenchmark} goes; {@code match} includes its own normalisation, as in the bot.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PathBenchmark {
    @Param({"short", "long"})
    public String set;

    private Question[] questions;
    private MatchResult[] matched;
    private Matcher matcher;
    private ReplyComposer composer;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Faq faq = BenchData.faq();
        matcher = new Matcher(faq);
        composer = new ReplyComposer(faq);
        questions = BenchData.questions(set).stream().map(Question::of).toArray(Question[]::new);
        matched = new MatchResult[questions.length];
        for (int i = 0; i < questions.length; i++) {
            matched[i] = matcher.match(questions[i]);
        }
    }

    private int advance() {
        int i = next;
        next = next + 1 == questions.length ? 0 : next + 1;
        return i;
    }

    @Benchmark
    public NormalizedText normalize() {
        return Normalizer.normalize(questions[advance()].text());
    }

    @Benchmark
    public MatchResult match() {
        return matcher.match(questions[advance()]);
    }

    @Benchmark
    public String compose() {
        return composer.compose(matched[advance()]).text();
    }
}
