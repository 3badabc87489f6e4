package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the outbox promises across a restart: owed replies come back in order, sent ones do not, stale ones are dropped. */
class OutboxTest {
    @TempDir
    Path dataDir;

    private final AtomicLong now = new AtomicLong(1_800_000_000_000L);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    @Test
    void unsentRepliesComeBackAfterAReopenInTheOrderWritten() throws Exception {
        try (StateDb db = StateDb.open(dataDir)) {
            Outbox o = new Outbox(db, clock);
            List<Long> ids = o.commit(List.of(10L, 11L), List.of(new Outbox.NewRow(10, 7, "a"), new Outbox.NewRow(10, 7, "b"),
                    new Outbox.NewRow(11, 8, "c")));
            o.mark(ids.get(0), Outbox.Outcome.SENT);
            o.flush(Duration.ofSeconds(5));
            o.close();
        }
        try (StateDb db = StateDb.open(dataDir)) {
            Outbox o = new Outbox(db, clock);
            assertEquals(List.of("b", "c"), o.pending(Duration.ofHours(1)).stream().map(Outbox.Row::payload).toList());
            assertEquals(Set.of(10L, 11L), o.handled(List.of(9L, 10L, 11L)), "redelivered updates are known");
            o.close();
        }
    }

    @Test
    void repliesOlderThanTheAgeLimitAreDroppedNotSent() throws Exception {
        try (StateDb db = StateDb.open(dataDir)) {
            Outbox o = new Outbox(db, clock);
            o.commit(List.of(1L), List.of(new Outbox.NewRow(1, 7, "old")));
            now.addAndGet(Duration.ofMinutes(50).toMillis());
            o.commit(List.of(2L), List.of(new Outbox.NewRow(2, 7, "new")));
            now.addAndGet(Duration.ofMinutes(20).toMillis());
            assertEquals(List.of("new"), o.pending(Duration.ofHours(1)).stream().map(Outbox.Row::payload).toList());
            o.flush(Duration.ofSeconds(5));
            assertEquals(1, o.count("expired"));
            o.close();
        }
    }

    @Test
    void handledIdsAndSettledRowsArePrunedAfterADayButOwedRowsStay() throws Exception {
        try (StateDb db = StateDb.open(dataDir)) {
            Outbox o = new Outbox(db, clock);
            List<Long> ids = o.commit(List.of(1L, 2L), List.of(new Outbox.NewRow(1, 7, "sent"), new Outbox.NewRow(2, 7, "owed")));
            o.mark(ids.get(0), Outbox.Outcome.SENT);
            o.flush(Duration.ofSeconds(5));
            now.addAndGet(Duration.ofHours(25).toMillis());
            assertEquals(3, o.prune(Duration.ofHours(24)), "two handled ids and one sent row");
            assertEquals(Set.of(), o.handled(List.of(1L, 2L)));
            assertEquals(1, o.count("pending"));
            o.close();
        }
    }

    @Test
    void theSchemaIsVersioned() throws Exception {
        try (StateDb db = StateDb.open(dataDir)) {
            assertEquals(4, db.schemaVersion());
        }
        try (StateDb db = StateDb.open(dataDir)) {
            assertEquals(4, db.schemaVersion(), "reopening applies nothing twice");
        }
    }
}
