package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import faqbot.telegram.send.Backoff;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Bot API server disappears in the middle of a burst and comes back: every question is still
 * answered once, because a reply is retried until its age limit rather than a fixed number of times.
 */
class OutageTest {
    private static final int CHATS = 50;
    private static final int QUESTIONS_PER_CHAT = 4;

    /**
     * Scaled 1:60 so it runs in seconds: an age limit of 60 s stands for the default hour, an outage of
     * 5 s for five minutes (the old fixed 8 attempts gave up after about 2 s at these back-offs).
     */
    @Test
    void aFiveMinuteOutageMidBurstScaledDownLosesNoAnswer() throws Exception {
        try (BotHarness h = BotHarness.start(c -> c.withOutboxMaxAge(Duration.ofSeconds(60))
                .withBackoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(500)), new Backoff(Duration.ofMillis(50), Duration.ofMillis(500))))) {
            h.api.delaySends(Duration.ofMillis(20));
            for (int q = 0; q < QUESTIONS_PER_CHAT; q++) {
                for (int chat = 1; chat <= CHATS; chat++) {
                    h.api.privateText(chat, "en", "is it legal?");
                }
            }
            h.api.await("sendMessage", r -> true, 40, Duration.ofSeconds(20));
            h.api.goDown();
            Thread.sleep(5000);
            int beforeReturn = h.api.sent().size();
            h.api.comeBack();
            h.api.await("sendMessage", r -> true, CHATS * QUESTIONS_PER_CHAT, Duration.ofSeconds(30));
            // A moment more, so a reply sent twice would show.
            Thread.sleep(500);
            Map<String, Integer> perChat = new TreeMap<>();
            for (JsonNode s : h.api.sent()) {
                perChat.merge(s.path("chat_id").asText(), 1, Integer::sum);
            }
            int twice = perChat.values().stream().mapToInt(n -> Math.max(0, n - QUESTIONS_PER_CHAT)).sum();
            System.out.println("OutageTest: " + beforeReturn + " replies before the server came back, " + h.api.sent().size()
                    + " in all, " + twice + " sent twice");
            assertEquals(CHATS, perChat.size(), "every chat answered");
            assertTrue(perChat.values().stream().allMatch(n -> n >= QUESTIONS_PER_CHAT), "every question answered: " + perChat);
            // A send the server took but whose answer the outage cut off is retried: at most one per send worker.
            assertTrue(twice <= BotHarness.fastConfig(FakeBotApi.TOKEN, h.api.url()).sendWorkers(), twice + " sent twice: " + perChat);
            assertTrue(h.logLines().stream().noneMatch(l -> l.contains("given up")), "nothing given up");
        }
    }
}
