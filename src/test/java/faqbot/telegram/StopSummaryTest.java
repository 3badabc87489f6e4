package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The last line of a stop counts each reply once: sent, left in the outbox, or given up. */
class StopSummaryTest {
    @Test
    void aRefusedReplyIsCountedAsGivenUpNotAsSentOrLeft() throws Exception {
        BotHarness h = BotHarness.start();
        try {
            h.api.failNext("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
            h.api.privateText(41, "en", "is it legal?");
            h.api.privateText(42, "en", "is it legal?");
            h.api.privateText(43, "en", "is it legal?");
            h.api.await("sendMessage", r -> true, 2, Duration.ofSeconds(5));
        } finally {
            h.close();
        }
        List<String> summary = h.logLines().stream().filter(l -> l.contains("stopped in")).toList();
        assertEquals(1, summary.size(), String.join("\n", h.logLines()));
        assertTrue(summary.get(0).endsWith("2 replies sent, 0 left in the outbox for the next start, 1 given up"), summary.get(0));
    }
}
