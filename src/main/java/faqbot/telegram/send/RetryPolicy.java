package faqbot.telegram.send;

import faqbot.ops.BotMetrics;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to do about a failed call, by the kind of failure: wait out a 429, back off (capped,
 * jittered) after a network error, timeout, 5xx or unreadable answer, for as long as the call is
 * younger than its age limit; give up a permanent refusal (403 blocked, 400 chat not found) at once.
 * Kept apart so the queue only queues. Each give-up is logged once; retries during an outage are
 * logged at most once per half minute, so thousands of owed replies do not flood the log.
 */
final class RetryPolicy {
    // The queue's logger, so operators keep one logger name for everything about sending.
    private static final Logger LOG = LoggerFactory.getLogger(SendQueue.class);

    /** What one call has been through so far. */
    static final class Attempts {
        // When the call was first written, e.g. before a restart: the age limit counts from here (epoch ms).
        final long born;
        int failures;

        Attempts(long born) {
            this.born = born;
        }
    }

    private final Backoff backoff;
    private final Duration maxAge;
    private final Clock clock;
    private final BotMetrics metrics;
    private final LogThrottle retryLog = new LogThrottle(Duration.ofSeconds(30));

    /**
     * @param maxAge  how long a call is retried, counted from when it was written, e.g. 1 hour
     * @param metrics told about every 429 waited out and every retry
     */
    RetryPolicy(Backoff backoff, Duration maxAge, Clock clock, BotMetrics metrics) {
        this.backoff = backoff;
        this.maxAge = maxAge;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Counts the failure and says how long to wait before resending, or -1 to give up (logged).
     *
     * @param call the call that failed, named in the log without its text or chat id
     */
    long waitBeforeResend(Attempts a, ApiException e, Outgoing call) {
        // E.g. "message in a group chat for update 815".
        String what = call.what() + call.pace().map(k -> " in a " + k.code() + " chat").orElse("") + " for update " + call.updateId();
        switch (e.kind()) {
            case RETRY_AFTER -> {
                long wait = Math.max(1, e.retryAfterSeconds()) * 1000L;
                if (tooOld(a, wait, what, e)) {
                    return -1;
                }
                metrics.rateLimited();
                LOG.warn("{}: Telegram asks to wait {} s (429), will resend", what, e.retryAfterSeconds());
                return wait;
            }
            case TRANSIENT, NETWORK, UNREADABLE -> {
                long wait = backoff.jittered(a.failures);
                if (tooOld(a, wait, what, e)) {
                    return -1;
                }
                a.failures++;
                metrics.sendRetried();
                if (retryLog.allow()) {
                    LOG.warn("{}: attempt {} failed, retrying in {} ms (further retries logged at most every 30 s): {}",
                            what, a.failures, wait, e.getMessage());
                }
                return wait;
            }
            default -> {
                LOG.warn("{}: rejected, given up: {}", what, e.getMessage());
                return -1;
            }
        }
    }

    /** Whether the next try would come after the call's age limit; logs the giving up if so. */
    private boolean tooOld(Attempts a, long wait, String what, ApiException e) {
        long now = clock.millis();
        if (now + wait - a.born <= maxAge.toMillis()) {
            return false;
        }
        LOG.error("{}: given up after {} min of failures (age limit {} min), last: {}", what,
                Duration.ofMillis(now - a.born).toMinutes(), maxAge.toMinutes(), e.getMessage());
        return true;
    }
}
