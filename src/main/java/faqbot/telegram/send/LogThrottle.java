package faqbot.telegram.send;

import java.time.Duration;

/** Lets one log line through per period, so a server answering garbage many times a minute cannot flood the log. */
public final class LogThrottle {
    private final long periodNanos;
    private long last;
    private boolean any;

    public LogThrottle(Duration period) {
        this.periodNanos = period.toNanos();
    }

    /** Whether to log now; true for the first call and then at most once per period. */
    public synchronized boolean allow() {
        long now = System.nanoTime();
        if (!any || now - last >= periodNanos) {
            any = true;
            last = now;
            return true;
        }
        return false;
    }
}
