package faqbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the state file's schema up to date at start from numbered SQL files
 * ({@code db/migration/V1.sql}, {@code V2.sql}, ...), each in its own transaction, with SQLite's
 * own {@code PRAGMA user_version} as the record of what was applied. Chosen over Flyway because a
 * handful of files and one integer need no library, no classpath scanning (fragile in a shaded jar)
 * and no extra start-up time.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Applies every migration above the file's version; returns the version now in force. */
    static int apply(Connection c) throws SQLException {
        int version = version(c);
        for (int next = version + 1; ; next++) {
            List<String> statements = statements(next);
            if (statements.isEmpty()) {
                return next - 1;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
                // PRAGMA takes no bind parameters; next is our own integer.
                s.execute("PRAGMA user_version = " + next);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration V" + next + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
            LOG.info("state store schema migrated to version {}", next);
        }
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** The statements of migration {@code n}, empty when there is no such file. */
    private static List<String> statements(int n) throws SQLException {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/V" + n + ".sql")) {
            if (in == null) {
                return List.of();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration V" + n, e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("--") || l.isEmpty()) {
                continue;
            }
            sb.append(line).append('\n');
            // Our migrations keep one statement per ';'-terminated line group (no triggers, no ';' in strings).
            if (l.endsWith(";")) {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        if (!sb.toString().isBlank()) {
            out.add(sb.toString());
        }
        return out;
    }
}
