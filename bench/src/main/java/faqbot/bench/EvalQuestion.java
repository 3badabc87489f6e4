package faqbot.bench;

import java.util.Objects;
import java.util.Set;

/**
 * One line of the evaluation set.
 *
 * @param line   1-based line number in questions.jsonl, e.g. 12
 * @param q      the question, e.g. "수수료 몇 프로예요?"
 * @param expect acceptable entry ids, empty for an off-topic question, e.g. ["fees"]
 */
public record EvalQuestion(int line, String q, Set<String> expect) {
    public EvalQuestion {
        Objects.requireNonNull(q, "q");
        expect = Set.copyOf(Objects.requireNonNull(expect, "expect"));
    }

    public boolean offTopic() {
        return expect.isEmpty();
    }
}
