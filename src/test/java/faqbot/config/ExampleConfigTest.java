package faqbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** packaging/faqbot.example.json is what operators start from: it must load and show every key the loader knows. */
class ExampleConfigTest {
    private static final Path EXAMPLE = Path.of("packaging/faqbot.example.json");

    @Test
    void theExampleLoadsAndSetsEveryKeyFromTheFile() throws Exception {
        ConfigLoader loader = new ConfigLoader();
        BotConfig c = loader.load(Optional.of(EXAMPLE), Map.of());
        List<String> effective = loader.effective();
        for (ConfigKey k : ConfigKey.values()) {
            assertTrue(effective.stream().anyMatch(line -> line.startsWith(k.key + " = ") && line.endsWith("(config file " + EXAMPLE + ")")),
                    "the example does not set " + k.key + ":\n" + String.join("\n", effective));
        }
        // Apart from the three example values, it shows the defaults.
        BotConfig d = BotConfig.DEFAULTS;
        assertEquals(new BotConfig(Optional.of(Path.of("/opt/faqbot/faq")), Path.of("/var/lib/faqbot"), List.of(123456789L),
                d.defaultLang(), d.threshold(), d.closeMargin(), d.maxAlternatives(), d.listenThreshold(), d.listenCooldownSeconds(),
                d.rateLimits(), d.flood(), d.unanswered(), d.ops()), c);
    }

    @Test
    void theExampleNamesEveryEnvironmentVariable() throws Exception {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        for (ConfigKey k : ConfigKey.values()) {
            assertTrue(text.contains(k.env), "no mention of " + k.env);
        }
    }
}
