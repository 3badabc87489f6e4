package faqbot.telegram.send;

import java.time.Duration;

/**
 * Exponential waits between retries, capped, e.g. 0.5 s, 1 s, 2 s, ... 30 s.
 *
 * @param initial the first wait, e.g. 500 ms
 * @param max     the longest wait, e.g. 30 s
 */
public record Backoff(Duration initial, Duration max) {
    public static final Backoff DEFAULTS = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + ", " + max);
        }
    }

    /** The wait before retry number {@code attempt} (0 for the first retry), in milliseconds. */
    public long millis(int attempt) {
        long ms = initial.toMillis();
        for (int i = 0; i < attempt && ms < max.toMillis(); i++) {
            ms *= 2;
        }
        return Math.min(ms, max.toMillis());
    }
}
