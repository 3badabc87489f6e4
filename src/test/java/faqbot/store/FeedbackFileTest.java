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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T20:16:42Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void votesAndUnhelpfulQuestionsSurviveARestartWithPersonalDataMasked() throws Exception {
        FeedbackFile f = FeedbackFile.open(dir, CLOCK);
        f.vote("fees", Vote.HELPFUL);
        f.vote("fees", Vote.UNHELPFUL);
        f.unhelpful("call me on 010-1234-5678 @someone", Lang.KO, "fees");
        FeedbackFile again = FeedbackFile.open(dir, CLOCK);
        assertEquals(new Tally(1, 1), again.tallies().get("fees"));
        assertEquals(1, again.unhelpfulQuestions().size());
        String q = again.unhelpfulQuestions().get(0).question();
        assertFalse(q.contains("1234") || q.contains("someone"), q);
        assertEquals(Instant.parse("2026-11-23T20:16:00Z"), again.unhelpfulQuestions().get(0).minute());
    }

    @Test
    void aDamagedFileStartsFromZeroInsteadOfStoppingTheBot() throws Exception {
        Files.writeString(dir.resolve(FeedbackFile.FILE_NAME), "{not json", StandardCharsets.UTF_8);
        FeedbackFile f = FeedbackFile.open(dir, CLOCK);
        assertTrue(f.tallies().isEmpty());
        f.vote("scams", Vote.HELPFUL);
        assertEquals(new Tally(1, 0), FeedbackFile.read(dir).tallies().get("scams"));
    }

    @Test
    void theFileHoldsNoIdsOfPeopleOrChats() throws Exception {
        FeedbackFile f = FeedbackFile.open(dir, CLOCK);
        f.unhelpful("is it legal", Lang.EN, "legality");
        String json = Files.readString(dir.resolve(FeedbackFile.FILE_NAME));
        for (String key : new String[] {"chat", "user", "from", "id\""}) {
            assertFalse(json.contains(key), key + " in " + json);
        }
    }
}
