package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.config.BotConfig;
import faqbot.config.LangMode;
import faqbot.core.FaqBot;
import faqbot.core.FaqReloader;
import faqbot.ops.Meters;
import faqbot.ops.MetricsServer;
import faqbot.store.SettingsStore;
import faqbot.store.Stats;
import faqbot.store.UnansweredLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator's Prometheus and health check see of a running bot: real polling against the fake Bot API. */
class MetricsEndpointTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long USER = 777_123_456L;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void metricsCountWhatHappenedAndHealthTurnsUnhealthyWhenPollingStops() throws Exception {
        BotConfig config = new BotConfig(Optional.empty(), dir.resolve("data"), List.of(), LangMode.AUTO, 2.0, 1.0, 3, 4.0, 300,
                BotConfig.RateLimits.DEFAULTS, BotConfig.Flood.DEFAULTS, BotConfig.Unanswered.DEFAULTS);
        AtomicReference<FaqBot> core = new AtomicReference<>(BotHarness.fixtureBot());
        Stats stats = new Stats();
        try (FakeBotApi api = new FakeBotApi(); Meters meters = new Meters(stats);
             MetricsServer server = MetricsServer.start("127.0.0.1", 0, meters, Duration.ofSeconds(2))) {
            Community community = new Community(config, SettingsStore.open(config.dataDir()),
                    UnansweredLog.open(config.dataDir(), 100), stats,
                    new FaqReloader(Optional.empty(), config.matchSettings(), core, r -> meters.reloaded(true)));
            TelegramBot bot = TelegramBot.start(BotHarness.fastConfig(FakeBotApi.TOKEN, api.url()), core, community,
                    AnswerListener.NONE, Clock.systemUTC(), meters);
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
