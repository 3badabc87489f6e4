package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import faqbot.config.BotConfig;
import faqbot.core.ChatKind;
import faqbot.ops.BotMetrics;
import faqbot.store.StateDb;
import faqbot.telegram.send.ApiException;
import faqbot.telegram.send.Backoff;
import faqbot.telegram.send.DurableQueue;
import faqbot.telegram.send.Outgoing;
import faqbot.telegram.send.Pacer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A formatted reply to a forum topic that a stopped run left in the outbox still reaches the asker
 * after the restart when Telegram refuses its HTML and cannot find its topic: the plain-text and
 * no-thread fallbacks apply to replies sent from the outbox as to fresh ones.
 */
class OutboxFallbackTest {
    private static final long GROUP = -1001234567890L;

    @Test
    void aReplyLeftInTheOutboxFallsBackToPlainTextWithoutTheMissingTopicAfterARestart() throws Exception {
        BotConfig config = BotHarness.defaults();
        Outgoing.Message owed = new Outgoing.Message(7001, GROUP, ChatKind.SUPERGROUP, "<b>Is it legal?</b>\n<blockquote>law</blockquote>",
                true, "Is it legal?\nlaw", 33, 77, List.of(List.of(new Outgoing.Button("Fees", "en:fees"))));
        // A run that could not reach Telegram before it stopped: the reply stays owed in the state file.
        try (StateDb db = StateDb.open(config.dataDir())) {
            DurableQueue down = DurableQueue.open(db, new Pacer(Clock.systemUTC()), new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(5)),
                    Duration.ofHours(1), call -> {
                        throw new ApiException(ApiException.Kind.NETWORK, 0, 0, "connection refused", null);
                    }, Clock.systemUTC(), BotMetrics.NONE);
            down.start(1);
            down.commit(List.of(7001L), List.of(owed));
            down.drain(Duration.ofMillis(200));
            down.close();
        }
        try (FakeBotApi api = new FakeBotApi()) {
            api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities: "
                    + "Can't find end tag corresponding to start tag b\"}");
            api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message thread not found\"}");
            try (BotHarness h = BotHarness.community(api, config, Optional.empty(), Clock.systemUTC())) {
                JsonNode sent = api.awaitSentTo(GROUP, 1, Duration.ofSeconds(10)).get(0);
                assertEquals("Is it legal?\nlaw", sent.path("text").asText(), "the plain-text version");
                assertFalse(sent.has("parse_mode"));
                assertFalse(sent.has("message_thread_id"), "the topic Telegram could not find is dropped");
                assertEquals(33, sent.path("reply_parameters").path("message_id").asInt(), "still a reply to the question");
                assertEquals("en:fees", sent.path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data").asText());
                assertTrue(h.logLines().stream().anyMatch(l -> l.startsWith("ERROR") && l.contains("refused the HTML")));
                assertTrue(h.logLines().stream().anyMatch(l -> l.contains("replies left by the previous run")));
            }
        }
    }
}
