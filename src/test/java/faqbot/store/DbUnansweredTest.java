package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import faqbot.core.ChatKind;
import faqbot.faq.Lang;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unanswered log in the state file: an existing unanswered.jsonl is imported once, the cap holds, report reads it. */
class DbUnansweredTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T20:16:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void anExistingFileIsImportedAndNewRecordsFollowIt() throws Exception {
        UnansweredLog file = UnansweredLog.open(dataDir, 100, CLOCK);
        file.record(Questions.noMatch("is paypal legit??", Lang.EN, "paypal", 1.5), ChatKind.GROUP);
        try (StateDb db = StateDb.open(dataDir)) {
            UnansweredLog log = UnansweredLog.open(db, dataDir, 100, CLOCK);
            log.record(Questions.noMatch("what about the weather", Lang.EN, null, 0), ChatKind.PRIVATE);
            // A later write to the old file is not imported: the state file is the log now.
            file.record(Questions.noMatch("never imported", Lang.EN, null, 0), ChatKind.PRIVATE);
        }
        List<String> questions = UnansweredLog.read(dataDir).records().stream().map(UnansweredRecord::question).toList();
        assertEquals(List.of("is paypal legit??", "what about the weather"), questions);
    }

    @Test
    void onlyTheNewestRecordsAreKept() throws Exception {
        try (StateDb db = StateDb.open(dataDir)) {
            UnansweredLog log = UnansweredLog.open(db, dataDir, 10, CLOCK);
            for (int i = 0; i < 250; i++) {
                log.record(Questions.noMatch("question number " + i, Lang.EN, null, 0), ChatKind.PRIVATE);
            }
        }
        try (StateDb db = StateDb.open(dataDir)) {
            // Trimming happens every hundred records and at each open.
            UnansweredLog.open(db, dataDir, 10, CLOCK);
        }
        List<String> questions = UnansweredLog.read(dataDir).records().stream().map(UnansweredRecord::question).toList();
        assertEquals(10, questions.size());
        assertEquals("question number 249", questions.get(9));
    }
}
