package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's quick start is the contract with a newcomer, so what it shows is run here. */
class ReadmeQuickStartTest {

    private static List<String> quickStartCommands() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Quick start");
        int end = readme.indexOf("\n## ", start + 1);
        Matcher m = Pattern.compile("```sh\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme.substring(start, end));
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1).strip());
        }
        return commands;
    }

    @Test
    void quickStartShowsExactlyTheBuildAndRunCommandAndTheTestCommand() throws Exception {
        assertEquals(List.of("mvn -q -DskipTests package && java -jar target/faqbot.jar", "mvn -B verify"), quickStartCommands());
    }

    @Test
    void ciRunsTheReadmesTestCommand() throws Exception {
        String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
        String last = ci.strip().lines().reduce((a, b) -> b).orElse("");
        assertEquals(quickStartCommands().get(1), last);
    }

    @Test
    void theJarsDefaultWithoutATokenIsTheTerminalChat() {
        // java -jar target/faqbot.jar, with no arguments and no TELEGRAM_BOT_TOKEN, from the repository root
        Run r = Run.of("is it legal?\n", Map.of(), new String[0]);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Hi! Ask me anything"), r.out());
        assertTrue(r.out().contains("Article 72") || r.out().contains("72"), r.out());
    }
}
