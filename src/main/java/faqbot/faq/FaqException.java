package faqbot.faq;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an FAQ folder cannot be used; carries every problem found, not just the first. */
public class FaqException extends Exception {
    private final transient List<FaqProblem> problems;

    public FaqException(List<FaqProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FaqProblem> problems() {
        return problems;
    }

    private static String summary(List<FaqProblem> problems) {
        return problems.size() + " problem(s) in the FAQ:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
