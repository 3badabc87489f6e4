package faqbot.core;

import faqbot.match.MatchResult;
import faqbot.reply.Reply;
import java.util.Objects;

/**
 * A question's outcome: the match (for logs, statistics and the unanswered report) and the reply (for the person).
 *
 * @param match  what the matcher decided
 * @param reply  what to show
 * @param urgent the reply is for a person in danger (an urgent entry, e.g. the crisis lines): front ends
 *               send it whatever their rate limits or cooldowns say
 */
public record Answer(MatchResult match, Reply reply, boolean urgent) {
    public Answer {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(reply, "reply");
    }

    /** An ordinary answer. */
    public Answer(MatchResult match, Reply reply) {
        this(match, reply, false);
    }
}
