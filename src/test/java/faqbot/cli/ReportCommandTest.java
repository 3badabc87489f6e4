package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import faqbot.store.UnansweredLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faqbot report}: the maintainer's view of the unanswered log, fed by the real matcher. */
class ReportCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void reportGroupsNearDuplicateQuestionsMostFrequentFirst() throws Exception {
        FaqBot bot = new FaqBot(new FaqLoader().load(Path.of("src/test/resources/faq-fixtures/valid")));
        UnansweredLog log = UnansweredLog.open(dataDir, 100);
        for (String q : List.of("is paypal legit??", "what's the weather", "Is PayPal legit", "legit paypal is?",
                "is it legal", "PAYPAL LEGIT")) {
            log.record(bot.ask(q).match(), ChatKind.GROUP);
        }

        Run r = Run.of("", Map.of(), "report", "--data", dataDir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Unanswered questions in " + dataDir.resolve(UnansweredLog.FILE_NAME) + ": 5 records"), r.out());
        assertTrue(r.out().contains("(2 of 2 groups)"), r.out());
        assertTrue(r.out().contains(" 1. 4 x \"is paypal legit??\"\n    keywords: legit paypal\n"), r.out());
        assertTrue(r.out().contains(" 2. 1 x \"what's the weather\"\n"), r.out());
    }

    @Test
    void theDataFolderComesFromTheEnvironmentLikeOtherSettings() throws Exception {
        UnansweredLog.open(dataDir, 100);
        Run r = Run.of("", Map.of("FAQBOT_DATA_DIR", dataDir.toString()), "report");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("No unanswered questions recorded in " + dataDir.resolve(UnansweredLog.FILE_NAME) + ".\n"), r.out());
    }

    @Test
    void aBadSettingStopsTheReportNamingTheVariable() {
        Run r = Run.of("", Map.of("FAQBOT_UNANSWERED_MAX_RECORDS", "-5"), "report");
        assertEquals(Main.EXIT_BAD_SETUP, r.code());
        assertEquals("faqbot: bad configuration: environment variable FAQBOT_UNANSWERED_MAX_RECORDS (unanswered.maxRecords): "
                + "must be between 1 and 1000000, was -5\n", r.err());
    }

    @Test
    void topMustBePositive() {
        Run r = Run.of("report", "--data", dataDir.toString(), "--top", "0");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--top must be 1 or more"), r.err());
    }
}
