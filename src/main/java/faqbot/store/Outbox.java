package faqbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replies the bot owes, kept in the state file so that none is lost between confirming an update
 * to Telegram and Telegram accepting the reply: rows are committed with their update's id before the
 * update is confirmed, and marked sent (in batches, on a writer thread) once Telegram accepts them.
 * The payload is opaque here; the Telegram adapter encodes it.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /**
     * Marks are committed together at most this often, so a burst does not pay one commit per reply;
     * short, because a mark not yet committed at a crash means that reply is sent again.
     */
    private static final long MARK_INTERVAL_MS = 10;

    /**
     * A reply to write.
     *
     * @param updateId the update it answers, e.g. 815
     * @param chatId   the chat it goes to; 0 for calls that belong to no chat
     * @param payload  the encoded call, e.g. JSON
     */
    public record NewRow(long updateId, long chatId, String payload) {
        public NewRow {
            Objects.requireNonNull(payload, "payload");
        }
    }

    /**
     * A reply waiting to be sent.
     *
     * @param id        the row id, increasing in the order replies were written
     * @param createdAt when it was written, in epoch milliseconds
     */
    public record Row(long id, long updateId, long chatId, String payload, long createdAt) {
        public Row {
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** How a row ended. */
    public enum Outcome {
        SENT("sent"), GIVEN_UP("given_up"), EXPIRED("expired");

        final String column;

        Outcome(String column) {
            this.column = column;
        }
    }

    private record Mark(long id, Outcome outcome) {
    }

    private final StateDb db;
    private final Clock clock;
    private final LinkedBlockingQueue<Mark> marks = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Object flushed = new Object();
    private volatile boolean closing;
    private long written;
    private long committed;

    public Outbox(StateDb db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = new Thread(this::writeMarks, "faqbot-outbox");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Records updates as handled and their replies as owed, in one transaction; returns the new rows'
     * ids in the order given. Call before the updates are confirmed to Telegram.
     */
    public List<Long> commit(Collection<Long> handledUpdates, List<NewRow> rows) throws SQLException {
        long now = clock.millis();
        return db.transaction(c -> {
            try (PreparedStatement h = c.prepareStatement("INSERT OR IGNORE INTO handled_update (update_id, handled_at) VALUES (?, ?)")) {
                for (long id : handledUpdates) {
                    h.setLong(1, id);
                    h.setLong(2, now);
                    h.addBatch();
                }
                h.executeBatch();
            }
            List<Long> ids = new ArrayList<>(rows.size());
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO outbox (update_id, chat_id, payload, created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                for (NewRow r : rows) {
                    p.setLong(1, r.updateId());
                    p.setLong(2, r.chatId());
                    p.setString(3, r.payload());
                    p.setLong(4, now);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Which of these updates were handled before (their replies are, or were, in the outbox). */
    public Set<Long> handled(Collection<Long> updateIds) throws SQLException {
        if (updateIds.isEmpty()) {
            return Set.of();
        }
        return db.transaction(c -> {
            Set<Long> found = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM handled_update WHERE update_id = ?")) {
                for (long id : updateIds) {
                    p.setLong(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        if (r.next()) {
                            found.add(id);
                        }
                    }
                }
            }
            return found;
        });
    }

    /**
     * The rows still to send, oldest first; rows older than {@code maxAge} are marked expired with
     * one log line each instead, since a very late answer confuses more than it helps.
     */
    public List<Row> pending(Duration maxAge) throws SQLException {
        long now = clock.millis();
        List<Row> all = db.transaction(c -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, update_id, chat_id, payload, created_at FROM outbox WHERE state = 'pending' ORDER BY id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Row(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getLong(5)));
                }
            }
            return out;
        });
        List<Row> young = new ArrayList<>();
        for (Row r : all) {
            if (now - r.createdAt() > maxAge.toMillis()) {
                LOG.warn("outbox: reply to update {} dropped, it is {} min old (limit {} min)", r.updateId(),
                        Duration.ofMillis(now - r.createdAt()).toMinutes(), maxAge.toMinutes());
                mark(r.id(), Outcome.EXPIRED);
            } else {
                young.add(r);
            }
        }
        return young;
    }

    /** Records how a row ended; committed shortly after, together with other marks. */
    public void mark(long rowId, Outcome outcome) {
        synchronized (flushed) {
            written++;
        }
        marks.add(new Mark(rowId, outcome));
    }

    /** Waits until every mark made so far is committed, at most {@code timeout}. */
    public void flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (flushed) {
            long target = written;
            long left;
            while (committed < target && (left = deadline - System.nanoTime()) > 0) {
                try {
                    flushed.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Deletes handled ids and settled rows older than {@code age}: Telegram redelivers nothing older than 24 h. */
    public int prune(Duration age) throws SQLException {
        long before = clock.millis() - age.toMillis();
        return db.transaction(c -> {
            int n;
            try (PreparedStatement p = c.prepareStatement("DELETE FROM handled_update WHERE handled_at < ?")) {
                p.setLong(1, before);
                n = p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM outbox WHERE state <> 'pending' AND settled_at < ?")) {
                p.setLong(1, before);
                n += p.executeUpdate();
            }
            return n;
        });
    }

    /** Rows in each state, e.g. for tests and the stop summary. */
    public long count(String state) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM outbox WHERE state = ?")) {
                p.setString(1, state);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    private void writeMarks() {
        List<Mark> batch = new ArrayList<>();
        while (!closing || !marks.isEmpty()) {
            try {
                Mark first = marks.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                marks.drainTo(batch);
                commitMarks(batch);
                synchronized (flushed) {
                    committed += batch.size();
                    flushed.notifyAll();
                }
                batch.clear();
                Thread.sleep(MARK_INTERVAL_MS);
            } catch (InterruptedException e) {
                if (!closing) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void commitMarks(List<Mark> batch) {
        long now = clock.millis();
        try {
            db.transaction(c -> {
                update(c, batch, now);
                return null;
            }, false);
        } catch (SQLException e) {
            // The rows stay pending: at worst a reply is sent again after a restart, never lost.
            LOG.error("outbox: {} sent marks could not be written (they may be sent again after a restart): {}", batch.size(), e.getMessage());
        }
    }

    private static void update(Connection c, List<Mark> batch, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET state = ?, settled_at = ?, attempts = attempts + 1 WHERE id = ?")) {
            for (Mark m : batch) {
                p.setString(1, m.outcome().column);
                p.setLong(2, now);
                p.setLong(3, m.id());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Commits the marks made so far and stops the writer thread. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
