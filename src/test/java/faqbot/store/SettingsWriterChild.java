package faqbot.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A separate JVM that changes settings in an endless loop until the test kills it with
 * {@code kill -9}; it prints the number of each change once {@link SettingsStore#update} returned.
 * Arguments: data folder, number of seed chats.
 */
public final class SettingsWriterChild {
    private SettingsWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int seed = Integer.parseInt(args[1]);
        Files.createDirectories(dataDir);
        Files.write(dataDir.resolve(SettingsStore.FILE_NAME), SettingsStore.serialize(CrashScenario.seed(seed)));
        SettingsStore store = SettingsStore.open(dataDir);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(0);
        for (int k = 1; ; k++) {
            int change = k;
            store.update(CrashScenario.chatFor(change), s -> CrashScenario.settingsAfter(change));
            out.println(change);
        }
    }
}
