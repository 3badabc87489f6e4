package faqbot.cli;

import faqbot.core.FaqCheck;
import faqbot.faq.Faq;
import faqbot.faq.FaqException;
import faqbot.faq.FaqLoader;
import faqbot.faq.FaqProblem;
import faqbot.faq.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Validates an FAQ folder the way a maintainer needs: every problem, each with file, entry and field. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate an FAQ folder: schema, concepts, duplicate and unknown ids, both languages,",
                "warnings, and that every example question matches its own entry. Prints entries, concepts,",
                "rule terms per entry, the question model's training questions, and rule collisions",
                "(examples another entry's rules match as strongly).",
                "Exit 0 when clean, 1 with the list of problems."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "FAQ folder (default: --faq, ./faq or the built-in FAQ).")
    Path dir;

    @Override
    public Integer call() throws Main.SetupException {
        Path target = dir != null ? dir : main.faqFolder();
        Faq faq;
        try {
            faq = target != null ? new FaqLoader().load(target) : FaqSource.load(null);
        } catch (FaqException e) {
            return report(target, e.problems());
        }
        List<FaqProblem> problems = FaqCheck.problems(faq, main.config().matchSettings());
        if (!problems.isEmpty()) {
            return report(target, problems);
        }
        int examples = faq.entries().stream()
                .mapToInt(e -> e.text(Lang.EN).examples().size() + e.text(Lang.KO).examples().size()).sum();
        main.out.println("OK: " + faq.source() + ": " + faq.entries().size() + " entries, "
                + faq.vocabulary().concepts().size() + " concepts, "
                + String.format(Locale.ROOT, "%.1f", FaqCheck.averageRuleTerms(faq)) + " rule terms per entry on average (at most "
                + FaqCheck.MAX_AVERAGE_RULE_TERMS + "), " + examples
                + " example questions all matching their entry, warnings in en and ko.");
        long files = faq.questions().stream().map(q -> q.source().substring(0, q.source().lastIndexOf(':'))).distinct().count();
        long offTopic = faq.questions().stream().filter(q -> q.entryId().isEmpty()).count();
        main.out.println(faq.questions().isEmpty()
                ? "Question model: none (no questions/ folder): the keyword rules alone pick the entry."
                : "Question model: learns from " + faq.questions().size() + " labelled questions in " + files + " file(s) under questions/ ("
                + offTopic + " off-topic) and the examples; the keyword rules decide when they pick "
                + String.join(" or ", faq.entries().stream().filter(e -> e.rulesFirst()).map(e -> e.id()).toList()) + ".");
        List<FaqCheck.Collision> collisions = FaqCheck.collisions(faq, main.config().matchSettings());
        if (collisions.isEmpty()) {
            main.out.println("Rule collisions: none (no example is matched as strongly by another entry).");
        } else {
            main.out.println("Rule collisions: " + collisions.size() + " example(s) won only by topic order:");
            collisions.forEach(c -> main.out.println("  - " + c));
        }
        return 0;
    }

    private int report(Path target, List<FaqProblem> problems) {
        main.out.println((target == null ? "FAQ" : target.toString()) + ": " + problems.size() + " problem(s):");
        problems.forEach(p -> main.out.println("  - " + p));
        return 1;
    }
}
