package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up refuses what check and reload refuse, so no path serves an FAQ the others would reject. */
class StartupValidationTest {
    private static final String MISMATCH = "src/test/resources/faq-fixtures/example-mismatch";

    @Test
    void anExampleThatSelectsNoEntryStopsTheStartLikeCheckDoes() {
        Run ask = Run.of("", Map.of(), "--faq", MISMATCH, "ask", "is it legal?");
        assertEquals(ExitCodes.DATA, ask.code(), ask.out());
        assertTrue(ask.err().contains("entries/scams.json [scams] en.examples[3]"), ask.err());
        assertEquals(1, Run.of("check", MISMATCH).code(), "check refuses the same folder");
    }

    @Test
    void theChatRefusesItToo() {
        Run chat = Run.of("is it legal?\n", Map.of(), "--faq", MISMATCH, "chat");
        assertEquals(ExitCodes.DATA, chat.code(), chat.out());
        assertEquals("", chat.out(), "nothing is answered from a folder check would refuse");
    }
}
