package faqbot.telegram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What handling one update produced: the calls to queue and what to log about it.
 *
 * @param calls    calls for the send queue, in order
 * @param chatKind where the update came from, for the log, e.g. "group"; "-" when no chat
 * @param outcome  short reason for the log, e.g. "answer", "fallback", "ignored: not addressed"
 * @param entryId  the entry answered, when one was
 * @param score    the match score, 0 when no matching was involved
 */
public record Handled(List<Outgoing> calls, String chatKind, String outcome, Optional<String> entryId, double score) {
    public Handled {
        calls = List.copyOf(calls);
        Objects.requireNonNull(chatKind, "chatKind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(entryId, "entryId");
    }

    static Handled ignored(String chatKind, String reason) {
        return new Handled(List.of(), chatKind, "ignored: " + reason, Optional.empty(), 0);
    }
}
