package faqbot.telegram.send;

import faqbot.ops.BotMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to do about a failed call, by the kind of failure: wait out a 429, retry a 5xx or broken
 * connection with backoff a few times, give up on anything else; kept apart so the queue only queues.
 */
final class RetryPolicy {
    // The queue's logger, so operators keep one logger name for everything about sending.
    private static final Logger LOG = LoggerFactory.getLogger(SendQueue.class);
    /** 429s are Telegram asking for patience, not failures; this only stops a server that never relents. */
    static final int MAX_RETRY_AFTERS = 20;

    /** What one call has been through so far. */
    static final class Attempts {
        int failures;
        int retryAfters;
    }

    private final Backoff backoff;
    private final int maxAttempts;
    private final BotMetrics metrics;

    /**
     * @param maxAttempts tries for one call before it is given up after 5xx or network errors, e.g. 8
     * @param metrics     told about every 429 waited out and every retry
     */
    RetryPolicy(Backoff backoff, int maxAttempts, BotMetrics metrics) {
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.metrics = metrics;
    }

    /**
     * Counts the failure and says how long to wait before resending, or -1 to give up (logged).
     *
     * @param what the call for the log, e.g. "message to a group chat for update 815"
     */
    long waitBeforeResend(Attempts a, ApiException e, String what) {
        switch (e.kind()) {
            case RETRY_AFTER -> {
                if (++a.retryAfters > MAX_RETRY_AFTERS) {
                    LOG.error("{}: still rate limited after {} waits, given up", what, MAX_RETRY_AFTERS);
                    return -1;
                }
                metrics.rateLimited();
                LOG.warn("{}: Telegram asks to wait {} s (429), will resend", what, e.retryAfterSeconds());
                return Math.max(1, e.retryAfterSeconds()) * 1000L;
            }
            case TRANSIENT, NETWORK -> {
                if (++a.failures >= maxAttempts) {
                    LOG.error("{}: given up after {} attempts: {}", what, a.failures, e.getMessage());
                    return -1;
                }
                metrics.sendRetried();
                long wait = backoff.millis(a.failures - 1);
                LOG.warn("{}: attempt {} failed, retrying in {} ms: {}", what, a.failures, wait, e.getMessage());
                return wait;
            }
            default -> {
                LOG.warn("{}: rejected, not retried: {}", what, e.getMessage());
                return -1;
            }
        }
    }
}
