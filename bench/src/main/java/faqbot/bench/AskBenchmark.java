package faqbot.bench;

import faqbot.core.Answer;
import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.match.Question;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * One question per invocation, the whole path to the text a person reads (question, normalised or
 * analyzed, matched or searched, reply with both warnings), cycling through a question set, so the
 * average, the p99 and the single-thread throughput are per question.
 */
@State(Scope.Thread)
@Threads(1)
public class AskBenchmark {
    /**
     * rules = faqbot.core.FaqBot as shipped (question model and rules); rules-only = the same FAQ without its
     * labelled questions, so the keyword rules alone; lucene = LuceneBaseline with one document per entry; lucene-text =
     * one document per title, answer and example (the more accurate layout); both with the cut-off
     * tuned on the evaluation set.
     */
    @Param({"rules", "rules-only", "lucene", "lucene-text"})
    public String engine;

    /** short = the evaluation questions; long = 4,096-character messages; mixed = both, about 1 in 100 long. */
    @Param({"mixed", "short", "long"})
    public String set;

    private Question[] questions;
    private int next;
    private FaqBot bot;
    private LuceneBaseline lucene;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Faq faq = BenchData.faq();
        List<String> texts = BenchData.questions(set);
        questions = texts.stream().map(Question::of).toArray(Question[]::new);
        if (engine.equals("rules")) {
            bot = new FaqBot(faq);
        } else if (engine.equals("rules-only")) {
            bot = new FaqBot(new Faq(faq.entries(), faq.warnings(), faq.vocabulary(), faq.source()));
        } else if (engine.startsWith("lucene")) {
            LuceneBaseline.Layout layout = engine.equals("lucene-text") ? LuceneBaseline.Layout.TEXT : LuceneBaseline.Layout.ENTRY;
            lucene = new LuceneBaseline(faq, layout, Compare.tunedCutoff(faq, layout));
        } else {
            throw new IllegalArgumentException("unknown engine " + engine);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (lucene != null) {
            lucene.close();
        }
    }

    private String askNext() {
        Question q = questions[next];
        next = next + 1 == questions.length ? 0 : next + 1;
        Answer a = bot != null ? bot.ask(q) : lucene.ask(q);
        return a.reply().text();
    }

    /** Average time and the distribution (p50, p99, p99.9) per question. */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String latency() {
        return askNext();
    }

    /** Questions answered per second on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public String throughput() {
        return askNext();
    }
}
