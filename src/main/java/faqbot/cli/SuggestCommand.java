package faqbot.cli;

import faqbot.config.BotConfig;
import faqbot.faq.Faq;
import faqbot.suggest.Acceptance;
import faqbot.suggest.MaintainerReport;
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
                "makes a running bot use it) or reject one (hidden from later lists)."})
final class SuggestCommand implements Callable<Integer> {
    /** What to do. */
    enum Action { list, accept, reject }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "list", paramLabel = "list|accept|reject",
            description = "list (default), accept N or reject N.")
    Action action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "The suggestion's number in the list.")
    Integer number;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: the configured dataDir, else faqbot-data).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        BotConfig cfg = main.config();
        Path data = dataDir != null ? dataDir : cfg.dataDir();
        Faq faq = main.loadBot().faq();
        List<Suggestion> list = MinedSuggestions.current(faq, cfg.matchSettings(), data);
        if (action == Action.list) {
            main.out.print(Printable.of(MaintainerReport.suggestions(list)));
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
        Path folder = main.faqFolder();
        if (folder == null) {
            if (!FaqSource.usesLocalFolder()) {
                throw new Main.SetupException("suggest accept needs an FAQ folder to write to: give --faq DIR");
            }
            folder = FaqSource.LOCAL;
        }
        Path dir = folder;
        Acceptance.Outcome o = Acceptance.accept(dir, s.change(), new RulesEditor(), main.config().matchSettings());
        if (!o.accepted()) {
            main.out.println("Not written: with \"" + Printable.of(s.change().surfaceForm()) + "\" the FAQ would fail check ("
                    + o.problems().size() + " problem(s)):");
            o.problems().forEach(p -> main.out.println("  - " + Printable.of(p.toString())));
            return 1;
        }
        main.out.println("Written: " + o.written().stream().map(p -> dir.resolve(p).toString()).toList()
                + "; check passes. A running bot picks it up on /reload or SIGHUP.");
        return 0;
    }
}
