package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Stopping as SIGTERM does, and what the logs may never contain, with the real wiring against the fake Bot API. */
class TelegramBotLifecycleTest extends RunningBotTest {

    @Test
    void stopAnswersReceivedUpdatesThenReleasesEveryThread() throws Exception {
        api.delaySends(Duration.ofMillis(300));
        int first = api.privateText(27, "en", "is it legal?");
        int last = api.privateText(27, "en", "is it a scam?");
        // Stop as SIGTERM would, as soon as the updates were received and handled, with their replies still in flight.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (h.answered.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, api.sentTo(27).size(), "replies still in flight when the stop begins");
        long t0 = System.nanoTime();
        assertTrue(h.bot.stop());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5000, "stopped in " + ms + " ms");
        assertFalse(h.bot.stop(), "a second stop is a no-op");
        assertEquals(2, api.sentTo(27).size(), "the updates received before the stop were answered");
        assertEquals(last + 1, api.confirmedBelow(), "handled updates confirmed, so a restart does not repeat them");
        assertTrue(first < last);
        Thread.sleep(100);
        Set<String> alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> n.startsWith("faqbot-")).collect(Collectors.toSet());
        assertTrue(alive.isEmpty(), "threads left: " + alive);
    }

    @Test
    void tokenNeverAppearsInLogs() throws Exception {
        api.failNextWith500Page("sendMessage");
        api.failNextWith429("sendMessage", 1);
        api.failNext("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
        api.failNextWith500Page("getUpdates");
        api.privateText(28, "en", "is it legal?");
        api.privateText(29, "en", "is it legal?");
        api.awaitSentTo(28, 1, WAIT);
        api.awaitSentTo(29, 1, WAIT);
        h.bot.stop();
        List<String> lines = h.logLines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("update=") && l.contains("outcome=answer")), "one line per update: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN")), "the faults were logged: " + lines);
        for (String line : lines) {
            assertFalse(line.contains(FakeBotApi.TOKEN), line);
            assertFalse(line.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1)), line);
            assertFalse(line.contains("is it legal"), "no message text at INFO: " + line);
        }
    }
}
