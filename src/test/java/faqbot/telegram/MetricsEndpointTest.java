package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.chat.AnswerListener;
import faqbot.cli.BotAssembly;
import faqbot.config.BotConfig;
import faqbot.core.FaqBot;
import faqbot.ops.Meters;
import faqbot.ops.MetricsServer;
import faqbot.store.Stats;
import faqbot.testing.TestFaq;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What an operator's Prometheus and health check see of a running bot: real polling against the fake Bot API. */
class MetricsEndpointTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long USER = 777_123_456L;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void metricsCountWhatHappenedAndHealthTurnsUnhealthyWhenPollingStops() throws Exception {
        BotConfig config = BotHarness.defaults();
        AtomicReference<FaqBot> core = new AtomicReference<>(TestFaq.bot());
        Stats stats = new Stats(Clock.systemUTC());
        try (FakeBotApi api = new FakeBotApi(); Meters meters = new Meters(stats);
             MetricsServer server = MetricsServer.start("127.0.0.1", 0, meters, Duration.ofSeconds(2))) {
            // Wired as run wires it: the same statistics behind /stats and /metrics, the meters told about everything.
            BotAssembly assembly = new BotAssembly(core,
                    BotAssembly.community(config, core, Optional.empty(), stats, meters, Clock.systemUTC()), AnswerListener.NONE,
                    Clock.systemUTC());
            TelegramBot bot = assembly.startTelegram(BotHarness.fastConfig(FakeBotApi.TOKEN, api.url()), meters);
            try {
                api.privateText(USER, "en", "is it legal?");
                api.awaitSentTo(USER, 1, WAIT);
                assertEquals(200, get(server, "/healthz").statusCode());

                String metrics = get(server, "/metrics").body();
                assertTrue(metrics.contains("faqbot_updates_received_total{kind=\"message\"} 1.0"), metrics);
                assertTrue(metrics.contains("faqbot_questions_total{lang=\"en\"} 1.0"), metrics);
                assertTrue(metrics.contains("faqbot_send_queue_depth "), metrics);
                assertTrue(metrics.contains("faqbot_poll_last_success_seconds "), metrics);
                assertTrue(metrics.contains("faqbot_poll_latency_seconds_count{result=\"ok\"}"), metrics);
                assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics);
                assertFalse(metrics.contains(Long.toString(USER)), "no user or chat ids: " + metrics);
                // /stats reads the same counters.
                assertEquals(1, stats.snapshot().questions());

                api.failAlways("getUpdates");
                long deadline = System.nanoTime() + WAIT.toNanos();
                int status = 200;
                while (status == 200 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    status = get(server, "/healthz").statusCode();
                }
                assertEquals(503, status, "healthz after the server stopped answering getUpdates");
                assertTrue(get(server, "/metrics").body().contains("faqbot_poll_latency_seconds_count{result=\"failed\"}"));
            } finally {
                bot.stop();
            }
        }
    }

    private HttpResponse<String> get(MetricsServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
