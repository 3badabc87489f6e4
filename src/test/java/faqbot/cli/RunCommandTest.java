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

/** Start-up problems of {@code run}: one clear line, exit 2, never the token, never a stack trace. */
class RunCommandTest {
    private static final String FAQ = "src/test/resources/telegram-faq";

    /** Runs that get as far as the server would otherwise create ./faqbot-data in the working tree. */
    @TempDir
    Path data;

    private static void assertOneCleanLine(Run r, String expected) {
        assertEquals(2, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("faqbot: ") && err.contains(expected), err);
        assertFalse(err.contains("AAF-test_SECRET"), "no token: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception:"), "no stack trace: " + err);
    }

    @Test
    void missingTokenSaysWhereToPutIt() {
        Run r = Run.of("", Map.of(), "--faq", FAQ, "run");
        assertOneCleanLine(r, "TELEGRAM_BOT_TOKEN");
    }

    @Test
    void wrongTokenIsReportedInOneLine() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", "999:AAF-test_SECRET_wrong", "TELEGRAM_API_URL", api.url().toString(),
                    "FAQBOT_DATA_DIR", data.toString()),
                    "--faq", FAQ, "run");
            assertOneCleanLine(r, "rejected the token");
        }
    }

    @Test
    void unreachableServerIsReportedInOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "FAQBOT_DATA_DIR", data.toString()), "--faq", FAQ, "run",
                "--api-url", "http://127.0.0.1:" + port);
        assertOneCleanLine(r, "cannot reach the Bot API server at http://127.0.0.1:" + port);
    }

    @Test
    void tokenFileIsReadAndCheckedAgainstTheServer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "999:AAF-test_SECRET_wrong\n");
        try (FakeBotApi api = new FakeBotApi()) {
            Run r = Run.of("", Map.of("TELEGRAM_API_URL", api.url().toString(), "FAQBOT_DATA_DIR", data.toString()), "--faq", FAQ, "run",
                    "--token-file", file.toString());
            assertOneCleanLine(r, "rejected the token");
        }
        assertOneCleanLine(Run.of("", Map.of(), "--faq", FAQ, "run", "--token-file", dir.resolve("none").toString()), "cannot read the token file");
    }

    @Test
    void badConfigurationStopsTheStartWithTheKeyNamed() {
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "FAQBOT_LISTEN_THRESHOLD", "1.0"), "--faq", FAQ, "run");
        assertOneCleanLine(r, "bad configuration: environment variable FAQBOT_LISTEN_THRESHOLD (listenThreshold)");
    }

    @Test
    void unusableDataFolderIsReportedInOneLine() throws Exception {
        Path file = data.resolve("not-a-folder");
        Files.writeString(file, "x");
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "FAQBOT_DATA_DIR", file.toString()), "--faq", FAQ, "run");
        assertOneCleanLine(r, "cannot use the data folder");
    }

    @Test
    void configuredRateLimitsBecomeThePacersLimits() {
        assertEquals(new faqbot.telegram.Pacer.Limits(1000, 20, 28), RunCommand.limits(faqbot.config.BotConfig.RateLimits.DEFAULTS));
        assertEquals(new faqbot.telegram.Pacer.Limits(334, 10, 5), RunCommand.limits(new faqbot.config.BotConfig.RateLimits(3, 10, 5)));
    }

    @Test
    void badApiUrlIsExplained() {
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:8081/prefix"), "--faq", FAQ, "run");
        assertOneCleanLine(r, "must not have a path");
    }
}
