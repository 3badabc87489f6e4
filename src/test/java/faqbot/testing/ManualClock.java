package faqbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, the one every test uses, so nothing depends on how fast a test runs. */
public final class ManualClock extends Clock {
    private volatile long millis;

    /** Starts at 2023-11-14T22:13:20Z. */
    public ManualClock() {
        this(Instant.ofEpochMilli(1_700_000_000_000L));
    }

    public ManualClock(Instant start) {
        this.millis = start.toEpochMilli();
    }

    public void advance(Duration d) {
        millis += d.toMillis();
    }

    @Override
    public long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
