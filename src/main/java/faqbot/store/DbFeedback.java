package faqbot.store;

import faqbot.faq.Lang;
import faqbot.feedback.FeedbackStore;
import faqbot.feedback.Tally;
import faqbot.feedback.UnhelpfulQuestion;
import faqbot.feedback.Vote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 👍 / 👎 counts and the unhelpful questions in the state file (tables {@code feedback_tally}
 * and {@code feedback_unhelpful}), so that one file holds the bot's state, with the one-time import
 * of the {@code feedback.json} that earlier versions wrote. Holds no user or chat ids.
 */
public final class DbFeedback implements FeedbackStore {
    private static final Logger LOG = LoggerFactory.getLogger(DbFeedback.class);
    static final String IMPORTED = "feedback.json imported";

    private final StateDb db;
    private final Clock clock;

    private DbFeedback(StateDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The feedback in {@code db}, importing {@code feedback.json} from {@code dataDir} the first time (said in the log). */
    public static DbFeedback open(StateDb db, Path dataDir, Clock clock) {
        DbFeedback store = new DbFeedback(Objects.requireNonNull(db, "db"), Objects.requireNonNull(clock, "clock"));
        try {
            store.importOnce(dataDir);
        } catch (SQLException | RuntimeException e) {
            LOG.error("feedback: {} could not be imported into the state store ({}); it will be tried again at the next start",
                    dataDir.resolve(FeedbackFile.FILE_NAME), e.getMessage());
        }
        return store;
    }

    /**
     * The feedback kept in {@code dataDir}'s state file, or empty when it is not kept there (no state
     * file, or one from before the feedback moved into it): then {@code feedback.json} is the record.
     */
    static Optional<FeedbackFile.Contents> read(Path dataDir) throws IOException {
        if (!Files.exists(dataDir.resolve(StateDb.FILE_NAME))) {
            return Optional.empty();
        }
        try (StateDb state = StateDb.open(dataDir)) {
            if (state.meta(IMPORTED).isEmpty()) {
                return Optional.empty();
            }
            DbFeedback f = new DbFeedback(state, Clock.systemUTC());
            return Optional.of(new FeedbackFile.Contents(f.tallies(), f.unhelpfulQuestions()));
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void importOnce(Path dataDir) throws SQLException {
        if (db.meta(IMPORTED).isPresent()) {
            return;
        }
        Path file = dataDir.resolve(FeedbackFile.FILE_NAME);
        FeedbackFile.Contents old;
        try {
            old = FeedbackFile.readFile(dataDir);
        } catch (IOException | RuntimeException e) {
            // A damaged file must not stop the bot; it stays in the folder for a person to look at.
            LOG.warn("feedback: {} cannot be read ({}); feedback counts start from zero in the state store", file, e.getMessage());
            old = new FeedbackFile.Contents(Map.of(), List.of());
        }
        FeedbackFile.Contents imported = old;
        db.transaction(c -> {
            for (Map.Entry<String, Tally> t : imported.tallies().entrySet()) {
                add(c, t.getKey(), t.getValue());
            }
            for (UnhelpfulQuestion q : imported.questions()) {
                insert(c, q);
            }
            trim(c);
            boolean none = imported.tallies().isEmpty() && imported.questions().isEmpty();
            StateDb.putMeta(c, IMPORTED, clock.instant() + (none ? " (nothing to import)" : " from " + file.getFileName()));
            return null;
        });
        if (!imported.tallies().isEmpty() || !imported.questions().isEmpty()) {
            LOG.info("imported feedback on {} entries and {} unhelpful questions from {} into {}; that file is no longer written "
                    + "and may be deleted", imported.tallies().size(), imported.questions().size(), file, dataDir.resolve(StateDb.FILE_NAME));
        }
    }

    @Override
    public void vote(String entryId, Vote vote) {
        Objects.requireNonNull(entryId, "entryId");
        try {
            db.transaction(c -> {
                add(c, entryId, Tally.NONE.plus(vote));
                return null;
            }, false);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("feedback: a vote on {} could not be saved: {}", entryId, e.getMessage());
        }
    }

    @Override
    public void unhelpful(String question, Lang lang, String shownEntryId) {
        String masked = UnansweredLog.masked(question);
        if (masked.isBlank()) {
            return;
        }
        try {
            db.transaction(c -> {
                insert(c, new UnhelpfulQuestion(clock.instant(), lang, masked, shownEntryId));
                trim(c);
                return null;
            }, false);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("feedback: an unhelpful question could not be saved: {}", e.getMessage());
        }
    }

    @Override
    public Map<String, Tally> tallies() {
        try {
            return Collections.unmodifiableMap(db.transaction(c -> {
                Map<String, Tally> out = new TreeMap<>();
                try (PreparedStatement p = c.prepareStatement("SELECT entry_id, helpful, unhelpful FROM feedback_tally");
                     ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), new Tally(Math.max(0, r.getLong(2)), Math.max(0, r.getLong(3))));
                    }
                }
                return out;
            }));
        } catch (SQLException e) {
            LOG.warn("feedback: the counts cannot be read: {}", e.getMessage());
            return Map.of();
        }
    }

    @Override
    public List<UnhelpfulQuestion> unhelpfulQuestions() {
        try {
            return db.transaction(c -> {
                List<UnhelpfulQuestion> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT minute, lang, question, shown FROM feedback_unhelpful ORDER BY id");
                     ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        try {
                            out.add(new UnhelpfulQuestion(Instant.parse(r.getString(1)), Lang.fromCode(r.getString(2)).orElseThrow(),
                                    r.getString(3), r.getString(4)));
                        } catch (RuntimeException e) {
                            // A row changed by hand costs that row, not the report.
                            LOG.debug("skipping an unreadable unhelpful row: {}", e.getMessage());
                        }
                    }
                }
                return List.copyOf(out);
            });
        } catch (SQLException e) {
            LOG.warn("feedback: the unhelpful questions cannot be read: {}", e.getMessage());
            return List.of();
        }
    }

    private static void add(Connection c, String entryId, Tally t) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO feedback_tally (entry_id, helpful, unhelpful) VALUES (?, ?, ?) "
                + "ON CONFLICT (entry_id) DO UPDATE SET helpful = helpful + excluded.helpful, unhelpful = unhelpful + excluded.unhelpful")) {
            p.setString(1, entryId);
            p.setLong(2, t.helpful());
            p.setLong(3, t.unhelpful());
            p.executeUpdate();
        }
    }

    private static void insert(Connection c, UnhelpfulQuestion q) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO feedback_unhelpful (minute, lang, question, shown) VALUES (?, ?, ?, ?)")) {
            p.setString(1, q.minute().toString());
            p.setString(2, q.lang().code());
            p.setString(3, q.question());
            p.setString(4, q.shown());
            p.executeUpdate();
        }
    }

    /** Keeps the newest {@link FeedbackFile#MAX_QUESTIONS}: plenty for the miner, bounded on disk. */
    private static void trim(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "DELETE FROM feedback_unhelpful WHERE id <= (SELECT max(id) FROM feedback_unhelpful) - ?")) {
            p.setLong(1, FeedbackFile.MAX_QUESTIONS);
            p.executeUpdate();
        }
    }
}
