package faqbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bot's one state file, {@code state.db} in the data folder (SQLite in WAL mode), so that the
 * outbox, the handled updates and the group settings survive a crash together and one
 * {@code sqlite3 state.db ".backup copy.db"} backs everything up. One connection, used under a lock:
 * the bot writes a few times a second, far below what one connection does.
 */
public final class StateDb implements AutoCloseable {
    /** The file's name inside the data folder. */
    public static final String FILE_NAME = "state.db";

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final String where;
    // Whether commits are synced to disk now (PRAGMA synchronous FULL rather than NORMAL); guarded by lock.
    private boolean powerSafe = true;

    private StateDb(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    /**
     * Opens (or creates) {@code state.db} in {@code dataDir} and applies the pending migrations.
     *
     * @throws IOException when the folder or the file cannot be used; the message names the file
     */
    public static StateDb open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                // WAL: readers never block the writer, and a commit appends instead of rewriting pages.
                s.execute("PRAGMA journal_mode=WAL");
                // FULL: a commit survives power loss too; commits are batched (per getUpdates batch), so this is cheap.
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
            }
            Migrations.apply(c);
            return new StateDb(c, file.toString());
        } catch (SQLException e) {
            throw new IOException("cannot open the state store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A store that lives only as long as the process, for runs without a data folder (tests, the plain start). */
    public static StateDb inMemory() {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
            Migrations.apply(c);
            return new StateDb(c, ":memory:");
        } catch (SQLException e) {
            throw new IllegalStateException("an in-memory SQLite database cannot be created: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it, and the commit survives a power cut. */
    public <T> T transaction(Work<T> work) throws SQLException {
        return transaction(work, true);
    }

    /**
     * Runs {@code work} in one transaction; with {@code powerSafe} false the commit skips the disk
     * sync: it survives a crash of the process (the operating system has it) but maybe not a power
     * cut, which is enough for marks whose loss only means a reply sent twice.
     */
    <T> T transaction(Work<T> work, boolean powerSafe) throws SQLException {
        lock.lock();
        try {
            if (powerSafe != this.powerSafe) {
                try (Statement s = connection.createStatement()) {
                    s.execute(powerSafe ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
                }
                this.powerSafe = powerSafe;
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A value from the meta table, e.g. when group-settings.json was imported. */
    public Optional<String> meta(String key) throws SQLException {
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                p.setString(1, key);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    /** The schema version in force, e.g. 1. */
    public int schemaVersion() throws SQLException {
        return transaction(Migrations::version);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing after the last commit: nothing is lost if it fails.
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "StateDb[" + where + "]";
    }
}
