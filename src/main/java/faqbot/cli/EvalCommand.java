package faqbot.cli;

import faqbot.core.Evaluation;
import faqbot.core.FaqBot;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Prints how well the rules do on a question set, with every miss, so rule edits are judged by numbers. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score a question set: one {\"q\": ..., \"expect\": [ids]} a line (empty list = should not match).",
                "Prints the misses, then in-scope top-1 accuracy and off-topic rejection on the last line (n/a when there are none).",
                "Exit 1 when a line could not be read or a --min bar is not met."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE.jsonl", description = "The question set.")
    Path file;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Exit 1 when in-scope accuracy is below X (0..1).")
    double minAccuracy;

    @Option(names = "--min-rejection", paramLabel = "X", description = "Exit 1 when off-topic rejection is below X (0..1).")
    double minRejection;

    @Override
    public Integer call() throws Exception {
        FaqBot bot = main.loadBot();
        Evaluation.Result r;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r = Evaluation.run(bot, reader);
        } catch (IOException e) {
            main.err.println("faqbot eval: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        r.badLines().forEach(b -> main.out.println("skipped " + b));
        for (Evaluation.Miss m : r.misses()) {
            main.out.println(String.format(Locale.ROOT, "miss line %d: %s -> got %s (%.1f), expected %s",
                    m.line(), Console.safe(m.question()), m.got() == null ? "no match" : m.got(), m.score(),
                    m.expected().isEmpty() ? "no match" : String.join(" or ", m.expected())));
        }
        main.out.println("in-scope top-1 accuracy " + ratio(r.inScopeCorrect(), r.inScope()) + ", off-topic rejection "
                + ratio(r.offTopicRejected(), r.offTopic()));
        // A skipped line is a question nobody scored: the run is not a clean pass.
        boolean belowBar = r.inScope() > 0 && r.accuracy() < minAccuracy || r.offTopic() > 0 && r.rejection() < minRejection;
        return !r.badLines().isEmpty() || belowBar ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** e.g. "0.950 (19/20)", or "n/a (0/0)" when there was nothing to score. */
    static String ratio(int part, int whole) {
        return (whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) part / whole)) + " (" + part + "/" + whole + ")";
    }
}
