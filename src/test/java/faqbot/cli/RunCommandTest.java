package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.telegram.FakeBotApi;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up problems of {@code run}: one clear line, a sysexits code systemd can act on, never the token, never a stack trace. */
class RunCommandTest {
    private static final String FAQ = "src/test/resources/telegram-faq";

    /** Runs that get as far as the server would otherwise create ./faqbot-data in the working tree. */
    @TempDir
    Path data;

    private static void assertOneCleanLine(Run r, int code, String expected) {
        assertEquals(code, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("faqbot: ") && err.contains(expected), err);
        assertFalse(err.contains("AAF-test_SECRET"), "no token: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception:"), "no stack trace: " + err);
    }

    @Test
    void missingTokenSaysWhereToPutIt() {
        Run r = Run.of("", Map.of(), "--faq", FAQ, "run");
        assertOneCleanLine(r, ExitCodes.CONFIG, "TELEGRAM_BOT_TOKEN");
    }

    @Test
    void wrongTokenIsReportedInOneLineAndCreatesNoDataFolder() throws Exception {
        Path folder = data.resolve("faqbot-data");
        try (FakeBotApi api = new FakeBotApi()) {
            Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", "999:AAF-test_SECRET_wrong", "TELEGRAM_API_URL", api.url().toString(),
                    "FAQBOT_DATA_DIR", folder.toString()),
                    "--faq", FAQ, "run");
            assertOneCleanLine(r, ExitCodes.TOKEN_REJECTED, "rejected the token");
        }
        assertFalse(Files.exists(folder), "the data folder waits for an accepted token");
    }

    @Test
    void unreachableServerIsReportedInOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "FAQBOT_DATA_DIR", data.toString(),
                "FAQBOT_START_RETRY_SECONDS", "0"), "--faq", FAQ, "run", "--api-url", "http://127.0.0.1:" + port);
        assertOneCleanLine(r, ExitCodes.UNAVAILABLE, "cannot reach the Bot API server at http://127.0.0.1:" + port);
    }

    @Test
    void unreachableServerIsRetriedForTheConfiguredTimeThenExitsUnavailable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path folder = data.resolve("faqbot-data");
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "FAQBOT_DATA_DIR", folder.toString(),
                "FAQBOT_START_RETRY_SECONDS", "2"), "--faq", FAQ, "run", "--api-url", "http://127.0.0.1:" + port);
        assertOneCleanLine(r, ExitCodes.UNAVAILABLE, "cannot reach the Bot API server");
        assertTrue(r.err().matches("(?s).*\\(tried [2-9] times in 2 s\\).*"), "retried before giving up: " + r.err());
        assertFalse(Files.exists(folder));
    }

    @Test
    void serverAnsweringOnlyErrorsIsRetriedThenExitsTemporaryFailure() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            api.failAlways("getMe");
            Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url().toString(),
                    "FAQBOT_DATA_DIR", data.toString(), "FAQBOT_START_RETRY_SECONDS", "3"), "--faq", FAQ, "run");
            assertOneCleanLine(r, ExitCodes.TEMPORARY, "failed");
            assertTrue(api.requests("getMe").size() >= 2, "getMe was tried again");
        }
    }

    @Test
    void serverThatComesBackWithinTheRetryTimeIsUsed() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            api.failNextWith500Page("getMe");
            Path file = data.resolve("not-a-folder");
            Files.writeString(file, "x");
            // The data folder is unusable, so run stops right after the server answered: proof it got that far.
            Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url().toString(),
                    "FAQBOT_DATA_DIR", file.toString(), "FAQBOT_START_RETRY_SECONDS", "30"), "--faq", FAQ, "run");
            assertOneCleanLine(r, ExitCodes.CONFIG, "cannot use the data folder");
            assertEquals(2, api.requests("getMe").size());
        }
    }

    @Test
    void tokenFileIsReadAndCheckedAgainstTheServer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "999:AAF-test_SECRET_wrong\n");
        try (FakeBotApi api = new FakeBotApi()) {
            Run r = Run.of("", Map.of("TELEGRAM_API_URL", api.url().toString(), "FAQBOT_DATA_DIR", data.toString()), "--faq", FAQ, "run",
                    "--token-file", file.toString());
            assertOneCleanLine(r, ExitCodes.TOKEN_REJECTED, "rejected the token");
        }
        assertOneCleanLine(Run.of("", Map.of(), "--faq", FAQ, "run", "--token-file", dir.resolve("none").toString()), ExitCodes.CONFIG,
                "cannot read the token file");
    }

    @Test
    void badConfigurationStopsTheStartWithTheKeyNamed() {
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "FAQBOT_LISTEN_THRESHOLD", "1.0"), "--faq", FAQ, "run");
        assertOneCleanLine(r, ExitCodes.CONFIG, "bad configuration: environment variable FAQBOT_LISTEN_THRESHOLD (listenThreshold)");
    }

    @Test
    void unusableDataFolderIsReportedInOneLine() throws Exception {
        Path file = data.resolve("not-a-folder");
        Files.writeString(file, "x");
        try (FakeBotApi api = new FakeBotApi()) {
            Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url().toString(),
                    "FAQBOT_DATA_DIR", file.toString()), "--faq", FAQ, "run");
            assertOneCleanLine(r, ExitCodes.CONFIG, "cannot use the data folder");
        }
    }

    @Test
    void configuredRateLimitsBecomeThePacersLimits() {
        assertEquals(new faqbot.telegram.send.Pacer.Limits(1000, 20, 30), faqbot.telegram.send.Pacer.Limits.of(faqbot.config.BotConfig.RateLimits.DEFAULTS));
        assertEquals(new faqbot.telegram.send.Pacer.Limits(334, 10, 5), faqbot.telegram.send.Pacer.Limits.of(new faqbot.config.BotConfig.RateLimits(3, 10, 5)));
    }

    @Test
    void badApiUrlIsExplained() {
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:8081/prefix"), "--faq", FAQ, "run");
        assertOneCleanLine(r, ExitCodes.CONFIG, "must not have a path");
    }
}
