package faqbot.cli;

import faqbot.core.Evaluation;
import faqbot.core.FaqBot;
import faqbot.match.MatchResult;
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
        description = {"Score a question set: one {\"q\": ..., \"expect\": [ids]} a line (empty list = should not match;",
                "null in the list = no match is also acceptable); an optional \"help\": [\"109\"] lists numbers",
                "the answer itself must give, else the line is a miss.",
                "Prints the misses with the concepts found, per-entry precision and recall, the confusions",
                "(which entry was taken for which), the figures of the lines that are not a twin of a question the model",
                "learned (same letters and digits), then in-scope top-1 accuracy and off-topic rejection of all lines on",
                "the last line (n/a when there are none).",
                "Exit 1 when a line is malformed or skipped, or a figure is below --min-in / --min-off."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE.jsonl", description = "The question set.")
    Path file;

    @Option(names = {"--min-in", "--min-accuracy"}, paramLabel = "X", description = "Exit 1 when in-scope top-1 accuracy is below X (0..1).")
    double minInScope;

    @Option(names = {"--min-off", "--min-rejection"}, paramLabel = "Y", description = "Exit 1 when off-topic rejection is below Y (0..1).")
    double minOffTopic;

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
            // Who decided tells the maintainer what mends it: labelled questions for the model, the vocabulary for the rules.
            String by = m.decidedBy() == MatchResult.Decider.MODEL ? "question model"
                    : String.format(Locale.ROOT, "rules, score %.1f", m.score());
            main.out.println(String.format(Locale.ROOT, "miss line %d: %s -> got %s (%s), expected %s%s; rules found %s",
                    m.line(), Console.safe(m.question()), m.got() == null ? Evaluation.NO_MATCH : m.got(), by,
                    m.expected().isEmpty() ? Evaluation.NO_MATCH : String.join(" or ", m.expected()),
                    m.missingHelp().isEmpty() ? "" : " with " + String.join(", ", m.missingHelp()) + " in the answer",
                    bot.matcher().explain(m.question())));
        }
        main.out.println();
        main.out.println(String.format(Locale.ROOT, "%-24s %9s %6s %5s %5s %5s", "entry", "precision", "recall", "right", "wrong", "missed"));
        for (Evaluation.EntryStats e : r.entries()) {
            main.out.println(String.format(Locale.ROOT, "%-24s %9s %6s %5d %5d %5d", e.id(), Evaluation.fmt(e.precision()),
                    Evaluation.fmt(e.recall()), e.truePositives(), e.falsePositives(), e.falseNegatives()));
        }
        if (!r.confusions().isEmpty()) {
            main.out.println();
            main.out.println("confusions (expected => answered, count):");
            r.confusions().forEach(c -> main.out.println("  " + c.expected() + " => " + c.got() + "  " + c.count()));
        }
        main.out.println();
        // A question the model learned word for word says nothing about unseen ones: the figure without them comes too.
        r.novel().ifPresent(n -> main.out.println(n.summary()));
        main.out.println(r.summary());
        if (!r.badLines().isEmpty()) {
            main.err.println("faqbot eval: " + r.badLines().size() + " line(s) skipped; fix them so every question counts");
            // A skipped line is a question nobody scored: the run is not a clean pass.
            return ExitCodes.FAILED;
        }
        return r.meets(minInScope, minOffTopic) ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
