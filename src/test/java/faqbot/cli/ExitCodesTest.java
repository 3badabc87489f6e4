package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The version line and the exit codes an operator's scripts and systemd rely on, one per outcome. */
class ExitCodesTest {
    /** A git checkout (CI clones one) must name its commit; only a copy without .git may say "unknown". */
    private static final String VERSION_LINE = "faqbot [0-9][^ ]* \\(" + (Files.exists(Path.of(".git")) ? "[0-9a-f]{7,}" : "unknown") + "\\)\n";

    @Test
    void versionNamesTheBuildAndItsCommit() {
        Run r = Run.of("--version");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().matches(VERSION_LINE), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ask", "chat", "check", "eval", "run", "report", "config"})
    void everyCommandAnswersDashV(String command) {
        Run r = Run.of(command, "-V");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().matches(VERSION_LINE), command + ": " + r.out());
    }

    @Test
    void helpListsTheExitCodes() {
        String help = Run.of("--help").out();
        assertTrue(help.contains("Exit codes"), help);
        for (int code : new int[] {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE, ExitCodes.DATA, ExitCodes.UNAVAILABLE,
                ExitCodes.TEMPORARY, ExitCodes.TOKEN_REJECTED, ExitCodes.CONFIG}) {
            assertTrue(help.matches("(?s).*\\n\\s+" + code + "\\s+\\S.*"), "no line for " + code + " in:\n" + help);
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = Run.of("ask", "--no-such-option", "hi");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void aBrokenFaqIsADataError() {
        assertEquals(ExitCodes.DATA, Run.of("--faq", "src/test/resources/faq-fixtures/missing-answer", "ask", "hi").code());
    }

    @Test
    void aBadSettingIsAConfigurationError() {
        assertEquals(ExitCodes.CONFIG, Run.of("", Map.of("FAQBOT_METRICS_PORT", "70000"), "ask", "is it legal").code());
    }

    @Test
    void evalWithAnUnreadableLineFails(@TempDir Path dir) throws Exception {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, "{\"q\": \"is it legal?\", \"expect\": [\"legality\"]}\nnot json\n", StandardCharsets.UTF_8);
        Run r = Run.of("--faq", "faq", "eval", set.toString());
        assertEquals(ExitCodes.FAILED, r.code(), r.out());
        assertTrue(r.out().contains("skipped"), r.out());
    }

    @Test
    void evalWithNothingToScoreSaysNotApplicable(@TempDir Path dir) throws Exception {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, "{\"q\": \"is it legal?\", \"expect\": [\"legality\"]}\n", StandardCharsets.UTF_8);
        Run r = Run.of("--faq", "faq", "eval", set.toString());
        assertEquals(ExitCodes.OK, r.code(), r.out());
        assertTrue(r.out().strip().endsWith("in-scope top-1 accuracy 1.000 (1/1), off-topic rejection n/a (0/0)"), r.out());
    }

    @Test
    void evalOfAMissingFileIsAUsageError(@TempDir Path dir) {
        assertEquals(ExitCodes.USAGE, Run.of("--faq", "faq", "eval", dir.resolve("none.jsonl").toString()).code());
    }

    @Test
    void configCheckPrintsTheEffectiveSettingsWithTheTokenMasked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("faqbot.json");
        Files.writeString(file, "{\n  // tuned for the group\n  \"threshold\": 2.5\n}\n", StandardCharsets.UTF_8);
        Run r = Run.of("", Map.of("TELEGRAM_BOT_TOKEN", "123:AAF-test_SECRET_value", "FAQBOT_PORT", "tcp://10.0.0.7:80",
                "FAQBOT_METRICS_PORT", "9464"), "--config", file.toString(), "config", "check");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("threshold = 2.5  (config file " + file + ")"), r.out());
        assertTrue(r.out().contains("metricsPort = 9464  (environment variable FAQBOT_METRICS_PORT)"), r.out());
        assertTrue(r.out().contains("TELEGRAM_BOT_TOKEN = *** (set)"), r.out());
        assertTrue(r.out().contains("ignored: FAQBOT_PORT"), r.out());
        assertTrue(!r.out().contains("SECRET"), r.out());
    }

    @Test
    void configCheckOfABadFileIsAConfigurationErrorWithAGuess(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("faqbot.json");
        Files.writeString(file, "{\"metricPort\": 9464}", StandardCharsets.UTF_8);
        Run r = Run.of("--config", file.toString(), "config", "check");
        assertEquals(ExitCodes.CONFIG, r.code());
        assertTrue(r.err().contains("did you mean \"metricsPort\"?"), r.err());
    }
}
