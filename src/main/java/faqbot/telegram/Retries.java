package faqbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send queue's retry rule: wait out a 429, back off (capped, jittered) after a network error,
 * timeout or 5xx, for as long as the reply is younger than its age limit; give up a permanent
 * refusal (403 blocked, 400 chat not found) at once. Each give-up is logged once; retries during an
 * outage are logged at most once per half minute, so thousands of owed replies do not flood the log.
 */
final class Retries {
    private static final Logger LOG = LoggerFactory.getLogger(SendQueue.class);

    private final Backoff backoff;
    private final Duration maxAge;
    private final Clock clock;
    private final LogThrottle retryLog = new LogThrottle(Duration.ofSeconds(30));

    Retries(Backoff backoff, Duration maxAge, Clock clock) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Milliseconds to wait before trying the call again, or -1 to give it up.
     *
     * @param born     when the call was first written, epoch ms
     * @param failures network or server failures so far, e.g. 0 after the first
     */
    long waitBeforeRetry(Outgoing call, long born, int failures, ApiException e) {
        String what = describe(call);
        switch (e.kind()) {
            case RETRY_AFTER -> {
                long wait = Math.max(1, e.retryAfterSeconds()) * 1000L;
                if (tooOld(born, wait, what, e)) {
                    return -1;
                }
                LOG.warn("{}: Telegram asks to wait {} s (429), will resend", what, e.retryAfterSeconds());
                return wait;
            }
            case TRANSIENT, UNREADABLE -> {
                long wait = backoff.jittered(failures);
                if (tooOld(born, wait, what, e)) {
                    return -1;
                }
                if (retryLog.allow()) {
                    LOG.warn("{}: attempt {} failed, retrying in {} ms (further retries logged at most every 30 s): {}",
                            what, failures + 1, wait, e.getMessage());
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
    private boolean tooOld(long born, long wait, String what, ApiException e) {
        long now = clock.millis();
        if (now + wait - born <= maxAge.toMillis()) {
            return false;
        }
        LOG.error("{}: given up after {} min of failures (age limit {} min), last: {}", what,
                Duration.ofMillis(now - born).toMinutes(), maxAge.toMinutes(), e.getMessage());
        return true;
    }

    private static String describe(Outgoing call) {
        return (call instanceof Outgoing.Message m ? "message to a " + m.chatKind().code() + " chat" : "callback answer")
                + " for update " + call.updateId();
    }
}
