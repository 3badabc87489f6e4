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
        description = {"Score a question set: one {\"q\": ..., \"expect\": [ids]} a line (empty list = should not match);",
                "an optional \"help\": [\"109\"] lists numbers the answer itself must give, else the line is a miss.",
                "Prints the misses, then in-scope top-1 accuracy and off-topic rejection on the last line."})
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
            return Main.EXIT_BAD_SETUP;
        }
        r.badLines().forEach(b -> main.out.println("skipped " + b));
        for (Evaluation.Miss m : r.misses()) {
            main.out.println(String.format(Locale.ROOT, "miss line %d: %s -> got %s (%.1f), expected %s%s %s",
                    m.line(), Console.safe(m.question()), m.got() == null ? "no match" : m.got(), m.score(),
                    m.expected().isEmpty() ? "no match" : String.join(" or ", m.expected()),
                    m.missingHelp().isEmpty() ? "" : " with " + String.join(", ", m.missingHelp()) + " in the answer",
                    bot.matcher().explain(m.question())));
        }
        main.out.println(r.summary());
        return r.accuracy() < minAccuracy || r.rejection() < minRejection ? 1 : 0;
    }
}
