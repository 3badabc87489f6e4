package faqbot.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code /stats} counters in the state file, so they describe the bot's life rather than
 * one run: loaded at start, saved every few seconds (only when something changed) and at the stop.
 * A crash loses at most the last few seconds of counts.
 */
public final class StatsStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatsStore.class);
    private static final String SINCE = "stats since";
    private static final long SAVE_SECONDS = 10;

    private final StateDb db;
    private final Stats stats;
    private final ScheduledExecutorService saver;
    private Map<String, Long> saved;

    private StatsStore(StateDb db, Stats stats, Map<String, Long> saved) {
        this.db = db;
        this.stats = stats;
        this.saved = saved;
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "faqbot-stats");
            t.setDaemon(true);
            return t;
        });
        saver.scheduleWithFixedDelay(this::save, SAVE_SECONDS, SAVE_SECONDS, TimeUnit.SECONDS);
    }

    /** Loads the counters from the state file (empty the first time, counting from now). */
    public static StatsStore open(StateDb db, Clock clock) throws IOException {
        Objects.requireNonNull(db, "db");
        try {
            Instant since = db.meta(SINCE).map(Instant::parse).orElse(clock.instant());
            Map<String, Long> counters = db.transaction(c -> {
                StateDb.putMeta(c, SINCE, since.toString());
                Map<String, Long> out = new HashMap<>();
                try (PreparedStatement p = c.prepareStatement("SELECT name, count FROM stat_counter");
                     ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getLong(2));
                    }
                }
                return out;
            });
            return new StatsStore(db, new Stats(clock, since, counters), counters);
        } catch (SQLException | java.time.format.DateTimeParseException e) {
            throw new IOException("cannot read the /stats counters from the state store: " + e.getMessage(), e);
        }
    }

    /** The live counters, e.g. for the admin commands. */
    public Stats stats() {
        return stats;
    }

    /** Writes the counters that changed since the last save. */
    public synchronized void save() {
        Map<String, Long> now = stats.byName();
        if (now.equals(saved)) {
            return;
        }
        try {
            db.transaction(c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO stat_counter (name, count) VALUES (?, ?)")) {
                    for (Map.Entry<String, Long> e : now.entrySet()) {
                        if (!e.getValue().equals(saved.get(e.getKey()))) {
                            p.setString(1, e.getKey());
                            p.setLong(2, e.getValue());
                            p.addBatch();
                        }
                    }
                    p.executeBatch();
                }
                return null;
            }, false);
            saved = now;
        } catch (SQLException e) {
            LOG.warn("the /stats counters could not be saved (will try again): {}", e.getMessage());
        }
    }

    /** Saves a last time and stops saving; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (saver.isShutdown()) {
            return;
        }
        saver.shutdownNow();
        save();
    }
}
