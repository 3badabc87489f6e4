package faqbot.cli;

import faqbot.config.BotConfig;
import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.store.FeedbackFile;
import faqbot.store.UnansweredLog;
import faqbot.store.UnansweredReport;
import faqbot.suggest.MaintainerReport;
import faqbot.text.Printable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Shows FAQ maintainers which questions the bot could not answer, grouped, so they know which rules to add. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Print the most frequent unanswered questions from the data folder,",
                "grouped when they share their keywords, each with the FAQ entry that came",
                "closest and its average score: the rules worth adding; then the 👍 / 👎 counts per",
                "entry and the suggestions mined from missed and unhelpful questions (see suggest)."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: the configured dataDir, else faqbot-data).")
    Path dataDir;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many groups to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 1 or more, was " + top);
        }
        // Loaded even with --data, so that running report also checks a configuration before a restart.
        BotConfig cfg = main.config();
        Path dir = dataDir != null ? dataDir : cfg.dataDir();
        UnansweredLog.Contents contents;
        try {
            contents = UnansweredLog.read(dir);
        } catch (IOException e) {
            throw new Main.SetupException("cannot read the unanswered log in " + dir + ": " + e.getMessage());
        }
        main.out.print(Printable.of(UnansweredReport.render(contents, dir.resolve(UnansweredLog.FILE_NAME).toString(), top)));
        FaqBot bot = main.loadBot();
        Faq faq = bot.faq();
        try {
            main.out.print("\n" + Printable.of(MaintainerReport.feedback(faq, FeedbackFile.read(dir).tallies())));
        } catch (IOException e) {
            throw new Main.SetupException("cannot read the feedback in " + dir + ": " + e.getMessage());
        }
        main.out.print("\n" + Printable.of(MaintainerReport.suggestions(MinedSuggestions.current(faq, cfg.matchSettings(), dir))));
        main.out.print(MinedSuggestions.labelSection(bot, cfg.matchSettings(), dir));
        main.out.flush();
        return 0;
    }
}
