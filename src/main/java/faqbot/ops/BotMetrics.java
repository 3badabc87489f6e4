package faqbot.ops;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * What the Telegram edge reports for /metrics and /healthz, as plain calls so the edge needs no
 * metrics library and tests can pass {@link #NONE}. Never takes chat or user ids: labels stay a
 * small fixed set.
 */
public interface BotMetrics {
    /** Reports nothing. */
    BotMetrics NONE = new BotMetrics() {
    };

    /** One update arrived; {@code kind} is e.g. "message", "callback_query", "inline_query", "chosen_inline_result", "other". */
    default void updateReceived(String kind) {
    }

    /** A getUpdates call ended, successfully or not, after {@code nanos}. */
    default void polled(long nanos, boolean ok) {
    }

    /** The server is known to answer (getMe at start), so health starts out good. */
    default void reachable() {
    }

    /** Telegram answered 429 to a send. */
    default void rateLimited() {
    }

    /** A send failed (5xx, network) and is tried again. */
    default void sendRetried() {
    }

    /** Someone pressed a feedback button; {@code kind} is e.g. "helpful", "not_helpful". */
    default void feedback(String kind) {
    }

    /** A FAQ reload ended; {@code ok} false when it was refused. */
    default void reloaded(boolean ok) {
    }

    /** Where to read the send queue's depth and the count of sends given up. */
    default void watchQueue(IntSupplier depth, LongSupplier givenUp) {
    }
}
