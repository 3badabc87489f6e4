package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Lang;
import faqbot.feedback.Tally;
import faqbot.feedback.Vote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 👍 / 👎 feedback lives in the state file with everything else, and what an earlier version kept in feedback.json is carried over once. */
class DbFeedbackTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T20:16:42Z"), ZoneOffset.UTC);
    private static final String OLD_FILE = """
            {"tallies": {"fees": {"helpful": 4, "unhelpful": 2}},
             "unhelpful": [{"time": "2026-11-20T10:00:00Z", "lang": "ko", "question": "수수료 얼마", "shown": "fees"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void votesAndUnhelpfulQuestionsSurviveARestartWithPersonalDataMasked() throws Exception {
        try (StateDb db = StateDb.open(dir)) {
            DbFeedback f = DbFeedback.open(db, dir, CLOCK);
            f.vote("fees", Vote.HELPFUL);
            f.vote("fees", Vote.UNHELPFUL);
            f.unhelpful("call me on 010-1234-5678 @someone", Lang.KO, "fees");
        }
        try (StateDb db = StateDb.open(dir)) {
            DbFeedback again = DbFeedback.open(db, dir, CLOCK);
            assertEquals(new Tally(1, 1), again.tallies().get("fees"));
            assertEquals(1, again.unhelpfulQuestions().size());
            String q = again.unhelpfulQuestions().get(0).question();
            assertFalse(q.contains("1234") || q.contains("someone"), q);
            assertEquals(Instant.parse("2026-11-23T20:16:00Z"), again.unhelpfulQuestions().get(0).minute());
        }
        assertFalse(Files.exists(dir.resolve(FeedbackFile.FILE_NAME)), "no second place to back up");
        assertEquals(new Tally(1, 1), FeedbackFile.read(dir).tallies().get("fees"), "the report reads the state file");
    }

    @Test
    void anEarlierFeedbackFileIsImportedOnceAndCountsGoOnFromIt() throws Exception {
        Files.writeString(dir.resolve(FeedbackFile.FILE_NAME), OLD_FILE, StandardCharsets.UTF_8);
        try (StateDb db = StateDb.open(dir)) {
            DbFeedback.open(db, dir, CLOCK).vote("fees", Vote.HELPFUL);
        }
        try (StateDb db = StateDb.open(dir)) {
            DbFeedback again = DbFeedback.open(db, dir, CLOCK);
            assertEquals(new Tally(5, 2), again.tallies().get("fees"), "imported once, not at every start");
            assertEquals("수수료 얼마", again.unhelpfulQuestions().get(0).question());
            assertEquals(Lang.KO, again.unhelpfulQuestions().get(0).lang());
        }
        assertEquals(new Tally(5, 2), FeedbackFile.read(dir).tallies().get("fees"));
    }

    @Test
    void aDamagedFeedbackFileStartsFromZeroInsteadOfStoppingTheBot() throws Exception {
        Files.writeString(dir.resolve(FeedbackFile.FILE_NAME), "{not json", StandardCharsets.UTF_8);
        try (StateDb db = StateDb.open(dir)) {
            DbFeedback f = DbFeedback.open(db, dir, CLOCK);
            assertTrue(f.tallies().isEmpty());
            f.vote("scams", Vote.HELPFUL);
        }
        assertEquals(new Tally(1, 0), FeedbackFile.read(dir).tallies().get("scams"));
        assertTrue(Files.exists(dir.resolve(FeedbackFile.FILE_NAME)), "left for a person to look at");
    }

    @Test
    void onlyTheNewestUnhelpfulQuestionsAreKept() throws Exception {
        try (StateDb db = StateDb.open(dir)) {
            DbFeedback f = DbFeedback.open(db, dir, CLOCK);
            for (int i = 0; i < FeedbackFile.MAX_QUESTIONS + 5; i++) {
                f.unhelpful("question " + letters(i), Lang.EN, "fees");
            }
            assertEquals(FeedbackFile.MAX_QUESTIONS, f.unhelpfulQuestions().size());
            assertEquals("question " + letters(5), f.unhelpfulQuestions().get(0).question(), "the five oldest dropped");
        }
    }

    private static String letters(int n) {
        return "" + (char) ('a' + n / 676) + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26);
    }

    @Test
    void theTablesHoldNoIdsOfPeopleOrChats() throws Exception {
        try (StateDb db = StateDb.open(dir)) {
            DbFeedback f = DbFeedback.open(db, dir, CLOCK);
            f.vote("legality", Vote.UNHELPFUL);
            f.unhelpful("is it legal", Lang.EN, "legality");
            db.transaction(c -> {
                for (String table : new String[] {"feedback_tally", "feedback_unhelpful"}) {
                    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            String column = r.getMetaData().getColumnName(i);
                            assertFalse(column.contains("chat") || column.contains("user"), table + "." + column);
                        }
                    }
                }
                return null;
            });
        }
    }
}
