package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test for "a kill -9 in the middle of a settings write leaves the previous
 * settings readable": a child JVM rewrites a large settings file in a loop and is killed
 * (SIGKILL, via destroyForcibly) after a varying number of changes.
 */
class SettingsCrashTest {
    /** About 1.5 MB of JSON per write, so a kill often lands while a file is being written. */
    private static final int SEED_CHATS = 20_000;
    private static final int[] KILL_AFTER = {3, 17, 41};

    @TempDir
    Path tmp;

    @Test
    @Timeout(180) // a guard against a hung child, not a performance bar
    void killingTheWriterMidWriteLeavesACompletePreviousState() throws Exception {
        int leftoverTemps = 0;
        for (int round = 0; round < KILL_AFTER.length; round++) {
            Path dataDir = tmp.resolve("round" + round);
            Process child = startChild(dataDir);
            int acknowledged = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    acknowledged = Integer.parseInt(line.strip());
                    if (acknowledged >= KILL_AFTER[round]) {
                        // Aim the kill at the moment a temp file exists, i.e. while the next write is under way.
                        waitForTempFile(dataDir);
                        // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe.
                        child.toHandle().destroyForcibly();
                        break;
                    }
                }
                child.waitFor();
                // Lines already in the pipe when the kill landed still count as finished changes.
                while ((line = out.readLine()) != null) {
                    acknowledged = Integer.parseInt(line.strip());
                }
            }
            assertTrue(acknowledged >= KILL_AFTER[round], "the child died early; see " + dataDir.resolveSibling("child" + round + ".err"));

            try (Stream<Path> files = Files.list(dataDir)) {
                leftoverTemps += (int) files.filter(p -> p.toString().endsWith(AtomicFiles.TEMP_SUFFIX)).count();
            }
            byte[] bytes = Files.readAllBytes(dataDir.resolve(SettingsStore.FILE_NAME));
            // Parsed directly, not through open(): the file itself must be whole, not rescued by the backup.
            SortedMap<Long, GroupSettings> onDisk = assertDoesNotThrow(() -> SettingsStore.parse(bytes));
            int ack = acknowledged;
            // The change being written at the kill may or may not have reached the rename.
            assertTrue(onDisk.equals(CrashScenario.stateAfter(SEED_CHATS, ack))
                            || onDisk.equals(CrashScenario.stateAfter(SEED_CHATS, ack + 1)),
                    "round " + round + ": the file is not the state after change " + ack + " or " + (ack + 1));
            SettingsStore reopened = SettingsStore.open(dataDir);
            assertEquals(onDisk, reopened.configuredChats());
            try (Stream<Path> files = Files.list(dataDir)) {
                assertEquals(List.of(), files.filter(p -> p.toString().endsWith(AtomicFiles.TEMP_SUFFIX)).toList(),
                        "open() removes what the killed writer left");
            }
        }
        // A figure for the log, not an assertion: how often the kill actually interrupted a write.
        System.out.println("SettingsCrashTest: " + KILL_AFTER.length + " kills, " + leftoverTemps
                + " left a half-written temp file behind; every settings file was whole.");
    }

    /** Polls until the writer has a temp file open, giving up after a bounded number of looks. */
    private static void waitForTempFile(Path dataDir) throws IOException {
        for (int look = 0; look < 100_000; look++) {
            try (Stream<Path> files = Files.list(dataDir)) {
                if (files.anyMatch(p -> p.toString().endsWith(AtomicFiles.TEMP_SUFFIX))) {
                    return;
                }
            }
        }
    }

    private Process startChild(Path dataDir) throws IOException {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(javaBin.toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                SettingsWriterChild.class.getName(), dataDir.toString(), Integer.toString(SEED_CHATS));
        pb.redirectError(dataDir.resolveSibling(dataDir.getFileName() + ".err").toFile());
        return pb.start();
    }
}
