package faqbot.cli;

import faqbot.config.BotConfig;
import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.suggest.Acceptance;
import faqbot.suggest.LabelledLines;
import faqbot.suggest.MaintainerReport;
import faqbot.suggest.QuestionToLabel;
import faqbot.suggest.RejectionsFile;
import faqbot.suggest.RulesEditor;
import faqbot.suggest.Suggestion;
import faqbot.text.Printable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Lets a maintainer act on a mined suggestion from the command line, with check as the gate before anything is written. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"List the suggestions mined from unanswered and unhelpful questions (as in report),",
                "accept one (written into the FAQ folder only if check passes; /reload or SIGHUP",
                "makes a running bot use it) or reject one (hidden from later lists); with a question",
                "model, label N adds the missed question N, labelled, to faq/questions/learned.jsonl."})
final class SuggestCommand implements Callable<Integer> {
    /** What to do. */
    enum Action { list, accept, reject, label }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "list", paramLabel = "list|accept|reject|label",
            description = "list (default), accept N, reject N, or label N (a question to label).")
    Action action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "The suggestion's number in the list.")
    Integer number;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: the configured dataDir, else faqbot-data).")
    Path dataDir;

    @Option(names = "--as", paramLabel = "ENTRY", description = "With label: the entry the question belongs to, when not the likely one listed.")
    String entryId;

    @Override
    public Integer call() throws Exception {
        BotConfig cfg = main.config();
        Path data = dataDir != null ? dataDir : cfg.dataDir();
        FaqBot bot = main.loadBot();
        Faq faq = bot.faq();
        boolean model = bot.matcher().hasQuestionModel();
        if (action == Action.label) {
            List<QuestionToLabel> toLabel = model ? MinedSuggestions.toLabel(faq, cfg.matchSettings(), data) : List.of();
            if (number == null || number < 1 || number > toLabel.size()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "label needs N between 1 and " + toLabel.size()
                        + (number == null ? "" : ", was " + number) + (model ? "" : " (this FAQ has no question model)"));
            }
            return label(toLabel.get(number - 1));
        }
        List<Suggestion> list = MinedSuggestions.current(faq, cfg.matchSettings(), data);
        if (action == Action.list) {
            main.out.print(Printable.of(MaintainerReport.suggestions(list)));
            // What report shows, in the same order, so that the numbers read there are the ones taken here.
            main.out.print(MinedSuggestions.labelSection(bot, cfg.matchSettings(), data));
            return 0;
        }
        if (number == null || number < 1 || number > list.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), action + " needs N between 1 and " + list.size()
                    + (number == null ? "" : ", was " + number));
        }
        Suggestion s = list.get(number - 1);
        if (action == Action.reject) {
            new RejectionsFile(data).reject(s.key());
            main.out.println("Rejected suggestion " + number + ": \"" + s.change().surfaceForm() + "\" for " + s.change().entryId() + ".");
            return 0;
        }
        return accept(s);
    }

    private int accept(Suggestion s) throws Main.SetupException, IOException {
        Path dir = folder("accept");
        Acceptance.Outcome o = Acceptance.accept(dir, s.change(), new RulesEditor(), main.config().matchSettings());
        return report(o, dir, "with \"" + s.change().surfaceForm() + "\"");
    }

    private int label(QuestionToLabel q) throws Main.SetupException, IOException {
        Path dir = folder("label");
        String id = entryId != null ? entryId : q.entryId();
        // An unknown --as id fails check (the questions reader names it), so nothing is written.
        Acceptance.Outcome o = Acceptance.accept(dir, LabelledLines.edits(dir, q, id), main.config().matchSettings());
        return report(o, dir, "with the question labelled " + id);
    }

    private Path folder(String what) throws Main.SetupException {
        Path folder = main.faqFolder();
        if (folder == null) {
            if (!FaqSource.usesLocalFolder()) {
                throw new Main.SetupException("suggest " + what + " needs an FAQ folder to write to: give --faq DIR");
            }
            folder = FaqSource.LOCAL;
        }
        return folder;
    }

    private int report(Acceptance.Outcome o, Path dir, String change) {
        if (!o.accepted()) {
            main.out.println("Not written: " + Printable.of(change) + " the FAQ would fail check (" + o.problems().size() + " problem(s)):");
            o.problems().forEach(p -> main.out.println("  - " + Printable.of(p.toString())));
            return 1;
        }
        main.out.println("Written: " + o.written().stream().map(p -> dir.resolve(p).toString()).toList()
                + "; check passes. A running bot picks it up on /reload or SIGHUP.");
        return 0;
    }
}
