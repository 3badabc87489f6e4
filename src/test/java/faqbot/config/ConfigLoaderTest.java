package faqbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Lang;
import faqbot.match.MatchSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void noFileAndNoEnvironmentGivesTheDocumentedDefaults() throws Exception {
        BotConfig c = loader.load(Map.of("PATH", "/usr/bin", "HOME", "/root"));
        assertEquals(BotConfig.DEFAULTS, c);
        assertEquals(Optional.empty(), c.faqDir());
        assertEquals(Path.of("faqbot-data"), c.dataDir());
        assertEquals(List.of(), c.adminIds());
        assertEquals(LangMode.AUTO, c.defaultLang());
        assertEquals(new MatchSettings(2.0, 1.0, 3), c.matchSettings());
        assertEquals(4.0, c.listenThreshold());
        assertEquals(300, c.listenCooldownSeconds());
        assertEquals(new BotConfig.RateLimits(1, 20, 30), c.rateLimits());
        assertEquals(new BotConfig.Flood(5, 600), c.flood());
        assertEquals(5000, c.unanswered().maxRecords());
    }

    @Test
    void everyKeyIsReadFromTheFile() throws Exception {
        Path file = write("""
                {
                  "faqDir": "/opt/faqbot/faq",
                  "dataDir": "/var/lib/faqbot",
                  "adminIds": [111, 222],
                  "defaultLang": "ko",
                  "threshold": 2.5,
                  "closeMargin": 0.5,
                  "maxAlternatives": 2,
                  "listenThreshold": 5,
                  "listenCooldownSeconds": 60,
                  "rateLimits": {"perChatPerSecond": 2, "perGroupPerMinute": 10, "globalPerSecond": 25},
                  "flood": {"maxQuestionsPerMinute": 3, "muteSeconds": 120},
                  "unanswered": {"maxRecords": 100}
                }
                """);
        BotConfig c = loader.load(Optional.of(file), Map.of());
        assertEquals(new BotConfig(Optional.of(Path.of("/opt/faqbot/faq")), Path.of("/var/lib/faqbot"), List.of(111L, 222L),
                LangMode.KO, 2.5, 0.5, 2, 5.0, 60, new BotConfig.RateLimits(2, 10, 25), new BotConfig.Flood(3, 120),
                new BotConfig.Unanswered(100)), c);
        assertEquals(new MatchSettings(2.5, 0.5, 2), c.matchSettings());
        assertEquals(new MatchSettings(5.0, 0.5, 2), c.listenMatchSettings());
        assertTrue(c.isAdmin(222));
        assertEquals(Optional.of(Lang.KO), c.defaultLang().forced());
    }

    @Test
    void aPartialFileKeepsTheOtherDefaults() throws Exception {
        Path file = write("{\"flood\": {\"muteSeconds\": 30}}");
        BotConfig c = loader.load(Optional.of(file), Map.of());
        assertEquals(new BotConfig.Flood(5, 30), c.flood());
        assertEquals(BotConfig.DEFAULTS.rateLimits(), c.rateLimits());
    }

    @Test
    void environmentOverridesTheFileKeyByKey() throws Exception {
        Path file = write("{\"threshold\": 3.0, \"listenThreshold\": 6.0, \"dataDir\": \"/from/file\", \"adminIds\": [1]}");
        BotConfig c = loader.load(Map.of(
                "FAQBOT_CONFIG", file.toString(),
                "FAQBOT_THRESHOLD", " 2.25 ",
                "FAQBOT_ADMINS", "123, 456",
                "FAQBOT_DEFAULT_LANG", "EN",
                "FAQBOT_FAQ_DIR", "/srv/faq",
                "FAQBOT_RATE_PER_GROUP_PER_MINUTE", "12",
                "FAQBOT_FLOOD_MAX_QUESTIONS_PER_MINUTE", "7",
                "FAQBOT_UNANSWERED_MAX_RECORDS", "42"));
        assertEquals(2.25, c.threshold());
        assertEquals(6.0, c.listenThreshold(), "a key the environment does not set keeps the file's value");
        assertEquals(Path.of("/from/file"), c.dataDir());
        assertEquals(List.of(123L, 456L), c.adminIds());
        assertEquals(LangMode.EN, c.defaultLang());
        assertEquals(Optional.of(Path.of("/srv/faq")), c.faqDir());
        assertEquals(12, c.rateLimits().perGroupPerMinute());
        assertEquals(7, c.flood().maxQuestionsPerMinute());
        assertEquals(42, c.unanswered().maxRecords());
    }

    @Test
    void theConfigOptionWinsOverTheConfigVariable() throws Exception {
        Path chosen = write("{\"closeMargin\": 0.25}");
        BotConfig c = loader.load(Optional.of(chosen), Map.of("FAQBOT_CONFIG", dir.resolve("absent.json").toString()));
        assertEquals(0.25, c.closeMargin());
    }

    @Test
    void anEmptyAdminsVariableClearsTheFilesAdmins() throws Exception {
        Path file = write("{\"adminIds\": [5]}");
        assertEquals(List.of(), loader.load(Optional.of(file), Map.of("FAQBOT_ADMINS", "")).adminIds());
    }

    @Test
    void unknownKeyInTheFileIsRejectedNamingItAndTheFile() throws IOException {
        Path file = write("{\"treshold\": 2.0}");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(Optional.of(file), Map.of()));
        assertEquals("treshold", e.key());
        assertTrue(e.getMessage().startsWith("config file " + file + " (treshold): unknown key, did you mean \"threshold\"?"),
                e.getMessage());
    }

    @Test
    void unknownKeyFarFromEveryKnownOneGetsNoGuess() throws IOException {
        Path file = write("{\"colour\": \"blue\"}");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(Optional.of(file), Map.of()));
        assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
        assertTrue(e.getMessage().contains("Known keys: faqDir"), e.getMessage());
    }

    @Test
    void commentsInTheFileAreAllowed() throws Exception {
        Path file = write("""
                {
                  // the stricter bar for the community group
                  "threshold": 3.0, /* and listen mode above it */
                  "listenThreshold": 5.0
                }
                """);
        BotConfig c = loader.load(Optional.of(file), Map.of());
        assertEquals(3.0, c.threshold());
        assertEquals(5.0, c.listenThreshold());
    }

    @Test
    void operationsSettingsComeFromTheFileAndTheEnvironment() throws Exception {
        Path file = write("{\"metricsPort\": 9464, \"logFormat\": \"json\"}");
        BotConfig c = loader.load(Optional.of(file), Map.of("FAQBOT_HEALTH_WINDOW_S", "30", "FAQBOT_LOG_LEVEL", "debug"));
        assertEquals(new BotConfig.Ops(9464, "127.0.0.1", 30, 300, "DEBUG", "json"), c.ops());
    }

    @Test
    void aBadLogFormatIsRefusedNamingTheVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(Map.of("FAQBOT_LOG_FORMAT", "xml")));
        assertTrue(e.getMessage().startsWith("environment variable FAQBOT_LOG_FORMAT (logFormat): must be text or json"), e.getMessage());
    }

    @Test
    void unknownNestedKeyIsRejectedWithItsDottedName() throws IOException {
        Path file = write("{\"rateLimits\": {\"perChatPerSec\": 1}}");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(Optional.of(file), Map.of()));
        assertEquals("rateLimits.perChatPerSec", e.key());
    }

    @Test
    void unknownFaqbotVariablesAreIgnoredNotFatal() throws ConfigException {
        // Kubernetes sets FAQBOT_PORT and friends for a Service named faqbot: the bot must still start.
        BotConfig c = loader.load(Map.of("FAQBOT_PORT", "tcp://10.0.0.7:80", "FAQBOT_SERVICE_HOST", "10.0.0.7", "FAQBOT_TRESHOLD", "9"));
        assertEquals(BotConfig.DEFAULTS, c);
        assertEquals(List.of("FAQBOT_PORT", "FAQBOT_SERVICE_HOST", "FAQBOT_TRESHOLD"), loader.ignoredVariables());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"threshold\": \"high\"}                          | threshold                       | must be a number",
        "{\"threshold\": 0}                                 | threshold                       | greater than 0",
        "{\"threshold\": -1.5}                              | threshold                       | greater than 0",
        "{\"closeMargin\": -0.1}                            | closeMargin                     | 0 or more",
        "{\"maxAlternatives\": 9}                           | maxAlternatives                 | between 0 and 8",
        "{\"maxAlternatives\": 1.5}                         | maxAlternatives                 | whole number",
        "{\"listenThreshold\": 1.0}                         | listenThreshold                 | at least threshold",
        "{\"threshold\": 5.0}                               | listenThreshold                 | at least threshold",
        "{\"listenCooldownSeconds\": -1}                    | listenCooldownSeconds           | 0 or more",
        "{\"defaultLang\": \"fr\"}                          | defaultLang                     | auto, en or ko",
        "{\"defaultLang\": 1}                               | defaultLang                     | \"auto\", \"en\" or \"ko\"",
        "{\"dataDir\": \"\"}                                | dataDir                         | non-empty string",
        "{\"dataDir\": 7}                                   | dataDir                         | non-empty string",
        "{\"faqDir\": null}                                 | faqDir                          | non-empty string",
        "{\"adminIds\": 123}                                | adminIds                        | list of Telegram user ids",
        "{\"adminIds\": [\"123\"]}                          | adminIds                        | whole numbers",
        "{\"adminIds\": [-100123]}                          | adminIds                        | positive",
        "{\"rateLimits\": {\"perChatPerSecond\": 0}}        | rateLimits.perChatPerSecond     | 1 or more",
        "{\"rateLimits\": {\"perGroupPerMinute\": -20}}     | rateLimits.perGroupPerMinute    | 1 or more",
        "{\"rateLimits\": {\"globalPerSecond\": 1e10}}      | rateLimits.globalPerSecond      | whole number",
        "{\"rateLimits\": 5}                                | rateLimits                      | JSON object",
        "{\"flood\": {\"maxQuestionsPerMinute\": 0}}        | flood.maxQuestionsPerMinute     | 1 or more",
        "{\"flood\": {\"muteSeconds\": -600}}               | flood.muteSeconds               | 0 or more",
        "{\"unanswered\": {\"maxRecords\": 0}}              | unanswered.maxRecords           | between 1 and",
        "{\"unanswered\": {\"maxRecords\": 2000000000}}     | unanswered.maxRecords           | between 1 and",
        "[1, 2]                                             | config                          | JSON object",
        "{\"threshold\": 2.0, \"threshold\": 3.0}           | config                          | Duplicate field",
        "{\"threshold\": 2.0                                | config                          | not valid JSON",
    })
    void badFileValueIsRejectedNamingKeyAndFile(String json, String key, String problem) throws IOException {
        Path file = write(json);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(Optional.of(file), Map.of()));
        assertEquals(key, e.key(), e.getMessage());
        assertEquals("config file " + file, e.source());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "FAQBOT_THRESHOLD                      | abc     | threshold",
        "FAQBOT_THRESHOLD                      | NaN     | threshold",
        "FAQBOT_THRESHOLD                      | 0       | threshold",
        "FAQBOT_THRESHOLD                      | 4.5     | listenThreshold",
        "FAQBOT_CLOSE_MARGIN                   | -1      | closeMargin",
        "FAQBOT_MAX_ALTERNATIVES               | three   | maxAlternatives",
        "FAQBOT_LISTEN_THRESHOLD               | 1.5     | listenThreshold",
        "FAQBOT_LISTEN_COOLDOWN_SECONDS        | -5      | listenCooldownSeconds",
        "FAQBOT_DEFAULT_LANG                   | english | defaultLang",
        "FAQBOT_ADMINS                         | 12,,34  | adminIds",
        "FAQBOT_ADMINS                         | @alice  | adminIds",
        "FAQBOT_ADMINS                         | 0       | adminIds",
        "FAQBOT_DATA_DIR                       | '  '    | dataDir",
        "FAQBOT_RATE_PER_CHAT_PER_SECOND       | 0       | rateLimits.perChatPerSecond",
        "FAQBOT_RATE_PER_GROUP_PER_MINUTE      | 2.5     | rateLimits.perGroupPerMinute",
        "FAQBOT_RATE_GLOBAL_PER_SECOND         | -30     | rateLimits.globalPerSecond",
        "FAQBOT_FLOOD_MAX_QUESTIONS_PER_MINUTE | 0       | flood.maxQuestionsPerMinute",
        "FAQBOT_FLOOD_MUTE_SECONDS             | -1      | flood.muteSeconds",
        "FAQBOT_UNANSWERED_MAX_RECORDS         | 0       | unanswered.maxRecords",
    })
    void badEnvironmentValueIsRejectedNamingKeyAndVariable(String name, String value, String key) {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(Map.of(name, value)));
        assertEquals(key, e.key(), e.getMessage());
        assertEquals("environment variable " + name, e.source(), e.getMessage());
    }

    @Test
    void aMissingConfigFileIsRejectedRatherThanIgnored() {
        Path absent = dir.resolve("faqbot.json");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(Map.of("FAQBOT_CONFIG", absent.toString())));
        assertEquals("config", e.key());
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("faqbot.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
