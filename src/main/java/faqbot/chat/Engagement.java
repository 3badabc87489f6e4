package faqbot.chat;

import faqbot.feedback.FeedbackCounter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The parts of the conversation that close the loop with readers: 👍 / 👎 votes and counting the
 * inline answers people picked; optional, because the terminal keeps nothing.
 *
 * @param feedback     counts votes once per message; empty offers no vote buttons
 * @param inlineChosen told the entry id of each inline result someone posted, e.g. for /stats
 */
public record Engagement(Optional<FeedbackCounter> feedback, Consumer<String> inlineChosen) {
    /** No votes, no counting. */
    public static final Engagement NONE = new Engagement(Optional.empty(), id -> { });

    public Engagement {
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(inlineChosen, "inlineChosen");
    }
}
