package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** packaging/faqbot.service must restart on exactly the codes a restart can cure, and keep the token out of the unit. */
class SystemdUnitTest {
    private static final Path UNIT = Path.of("packaging/faqbot.service");

    private static List<Integer> codes(List<String> lines, String setting) {
        String line = lines.stream().filter(l -> l.startsWith(setting + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + setting + " in " + UNIT));
        return Arrays.stream(line.substring(setting.length() + 1).trim().split("\\s+")).map(Integer::valueOf).sorted().toList();
    }

    @Test
    void restartPolicyMatchesTheExitCodes() throws Exception {
        List<String> lines = Files.readAllLines(UNIT, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.RESTART.stream().sorted().toList(), codes(lines, "RestartForceExitStatus"));
        assertEquals(ExitCodes.NO_RESTART.stream().sorted().toList(), codes(lines, "RestartPreventExitStatus"));
        assertTrue(lines.contains("Restart=on-failure"), "restarts on failure");
    }

    @Test
    void theTokenComesAsACredentialNotFromTheUnit() throws Exception {
        List<String> lines = Files.readAllLines(UNIT, StandardCharsets.UTF_8);
        String credential = lines.stream().filter(l -> l.startsWith("LoadCredential=")).findFirst().orElseThrow();
        String name = credential.substring("LoadCredential=".length(), credential.indexOf(':'));
        String exec = lines.stream().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        assertTrue(exec.endsWith(" run --token-file %d/" + name), exec);
        assertTrue(lines.stream().noneMatch(l -> l.contains("TELEGRAM_BOT_TOKEN")), "no token variable in the unit");
    }
}
