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
import org.junit.jupiter.api.io.TempDir;

/** docs/operations.md is what operators copy from, so its key table and example file must match the loader. */
class OperationsDocTest {
    private static final Path DOC = Path.of("docs/operations.md");

    @Test
    void everyKeyAndVariableIsDocumentedInTheTable() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (ConfigKey k : ConfigKey.values()) {
            assertTrue(doc.contains("| `" + k.key + "` | `" + k.env + "` |"), "no table row for " + k.key + " / " + k.env);
        }
        assertTrue(doc.contains("`" + ConfigKey.CONFIG_ENV + "`"));
    }

    @Test
    void theExampleFileLoadsAndShowsTheDefaults(@TempDir Path dir) throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int section = doc.indexOf("### Example file");
        int start = doc.indexOf("```json\n", section) + "```json\n".length();
        Path file = dir.resolve("faqbot.json");
        Files.writeString(file, doc.substring(start, doc.indexOf("```", start)), StandardCharsets.UTF_8);

        BotConfig c = new ConfigLoader().load(Optional.of(file), Map.of());
        BotConfig d = BotConfig.DEFAULTS;
        assertEquals(new BotConfig(Optional.of(Path.of("/opt/faqbot/faq")), Path.of("/var/lib/faqbot"), List.of(123456789L),
                d.defaultLang(), d.threshold(), d.closeMargin(), d.maxAlternatives(), d.listenThreshold(),
                d.listenCooldownSeconds(), d.rateLimits(), d.flood(), d.unanswered(), d.outbox(), d.ops()), c);
    }
}
