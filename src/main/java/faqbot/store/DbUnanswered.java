package faqbot.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unanswered-questions log in the state file's {@code unanswered} table (one JSON record a row,
 * as the lines of {@code unanswered.jsonl} were), capped to its newest records, with the one-time
 * import of the {@code unanswered.jsonl} that earlier versions wrote.
 */
final class DbUnanswered {
    private static final Logger LOG = LoggerFactory.getLogger(DbUnanswered.class);
    static final String IMPORTED = "unanswered.jsonl imported";
    /** Trimming every this many records, not at each, keeps a record at one insert. */
    private static final int TRIM_EVERY = 100;

    private final StateDb db;
    private final int maxRecords;
    private int sinceTrim;

    DbUnanswered(StateDb db, int maxRecords) {
        this.db = db;
        this.maxRecords = maxRecords;
    }

    /** The log in the state file, see {@link UnansweredLog#open(StateDb, Path, int, java.time.Clock)}. */
    static UnansweredLog open(StateDb state, Path dataDir, int maxRecords, java.time.Clock clock) {
        DbUnanswered table = new DbUnanswered(state, maxRecords);
        UnansweredLog log = new UnansweredLog(dataDir.resolve(StateDb.FILE_NAME), java.util.Optional.of(table), maxRecords, clock);
        try {
            table.importOnce(dataDir);
        } catch (IOException | SQLException | RuntimeException e) {
            log.failed(e);
        }
        return log;
    }

    /**
     * The records in {@code dataDir}'s state file, or empty when the log is not kept there (no state
     * file, or one from before the log moved into it): then the JSON-lines file is the log.
     */
    static java.util.Optional<List<String>> read(Path dataDir) throws IOException {
        if (!Files.exists(dataDir.resolve(StateDb.FILE_NAME))) {
            return java.util.Optional.empty();
        }
        try (StateDb state = StateDb.open(dataDir)) {
            return state.meta(IMPORTED).isPresent() ? java.util.Optional.of(records(state)) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Imports {@code unanswered.jsonl} from {@code dataDir} the first time (saying so in the log), then trims to the cap. */
    private void importOnce(Path dataDir) throws IOException, SQLException {
        if (db.meta(IMPORTED).isEmpty()) {
            Path file = dataDir.resolve(UnansweredLog.FILE_NAME);
            List<String> lines = Files.exists(file) ? readLines(file) : List.of();
            db.transaction(c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO unanswered (record) VALUES (?)")) {
                    for (String l : lines) {
                        p.setString(1, l);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                StateDb.putMeta(c, IMPORTED, Instant.now() + (lines.isEmpty() ? " (nothing to import)" : " from " + file.getFileName()));
                return null;
            });
            if (!lines.isEmpty()) {
                LOG.info("imported {} unanswered-question records from {} into {}; that file is no longer written and may be deleted",
                        lines.size(), file, dataDir.resolve(StateDb.FILE_NAME));
            }
        }
        trim();
    }

    /** Appends one record (a JSON object) and now and then drops the oldest beyond the cap. */
    void append(String json) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO unanswered (record) VALUES (?)")) {
                p.setString(1, json);
                p.executeUpdate();
            }
            return null;
        }, false);
        if (++sinceTrim >= TRIM_EVERY) {
            trim();
        }
    }

    /** Every stored record, oldest first. */
    private static List<String> records(StateDb db) throws SQLException {
        return db.transaction(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT record FROM unanswered ORDER BY id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    private void trim() throws SQLException {
        sinceTrim = 0;
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM unanswered WHERE id <= (SELECT max(id) FROM unanswered) - ?")) {
                p.setLong(1, maxRecords);
                p.executeUpdate();
            }
            return null;
        }, false);
    }

    /** The file's non-blank lines; invalid UTF-8 becomes U+FFFD rather than failing, as in the file log. */
    private static List<String> readLines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
