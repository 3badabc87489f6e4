package faqbot.core;

import faqbot.match.MatchResult;
import faqbot.reply.Reply;
import java.util.Objects;

/**
 * A question's outcome: the match (for logs, statistics and the unanswered report) and the reply (for the person).
 *
 * @param match what the matcher decided
 * @param reply what to show
 */
public record Answer(MatchResult match, Reply reply) {
    public Answer {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(reply, "reply");
    }
}
