package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.config.LangMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void anUnknownChatHasTheDefaults() throws IOException {
        SettingsStore store = SettingsStore.open(dataDir);
        assertEquals(GroupSettings.DEFAULTS, store.get(-100123));
        assertEquals(LangMode.EN, store.get(-100123).effectiveLang(LangMode.EN));
        assertFalse(Files.exists(store.file()), "reading must not create a file");
    }

    @Test
    void settingsSurviveARestart() throws IOException {
        SettingsStore first = SettingsStore.open(dataDir);
        first.update(-100123, s -> s.withListen(true).withLang(LangMode.KO));
        first.update(-100456, s -> s.withLogUnanswered(false));
        first.update(42, s -> s.withLang(LangMode.AUTO));

        SettingsStore second = SettingsStore.open(dataDir);
        assertEquals(new GroupSettings(Optional.of(LangMode.KO), true, true), second.get(-100123));
        assertEquals(new GroupSettings(Optional.empty(), false, false), second.get(-100456));
        assertEquals(LangMode.AUTO, second.get(42).effectiveLang(LangMode.KO), "an explicit auto beats the bot default");
        assertEquals(3, second.configuredChats().size());
    }

    @Test
    void aChatBackAtTheDefaultsIsNoLongerStored() throws IOException {
        SettingsStore store = SettingsStore.open(dataDir);
        store.update(-1, s -> s.withListen(true));
        store.update(-1, s -> s.withListen(false));
        assertEquals(Map.of(), SettingsStore.open(dataDir).configuredChats());
    }

    @Test
    void aTempFileLeftByAKilledWriterIsIgnoredAndRemoved() throws IOException {
        SettingsStore.open(dataDir).update(-7, s -> s.withListen(true));
        Path temp = dataDir.resolve(SettingsStore.FILE_NAME + ".123456" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(temp, "{\"version\":1,\"chats\":{\"-7\":{\"listen\":fa", StandardCharsets.UTF_8);

        SettingsStore reopened = SettingsStore.open(dataDir);
        assertTrue(reopened.get(-7).listen());
        assertFalse(Files.exists(temp));
    }

    @Test
    void aHalfWrittenSettingsFileFallsBackToTheLastGoodCopy() throws IOException {
        SettingsStore.open(dataDir).update(-7, s -> s.withListen(true));
        SettingsStore.open(dataDir); // a clean start refreshes the backup
        Path file = dataDir.resolve(SettingsStore.FILE_NAME);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        SettingsStore recovered = SettingsStore.open(dataDir);
        assertTrue(recovered.get(-7).listen());
        assertTrue(Files.exists(dataDir.resolve(SettingsStore.CORRUPT_NAME)), "the damaged file is kept for the operator");
    }

    @Test
    void anUnreadableFileWithNoCopyStartsFromDefaultsInsteadOfCrashing() throws IOException {
        for (String garbage : List.of("", "\u0000\u0000\u0000", "[]", "{\"version\":1,\"chats\":{\"x\":{}}}",
                "{\"version\":9,\"chats\":{}}", "{\"version\":1,\"chats\":{\"-1\":{\"listen\":\"yes\",\"logUnanswered\":true}}}")) {
            Files.writeString(dataDir.resolve(SettingsStore.FILE_NAME), garbage, StandardCharsets.UTF_8);
            SettingsStore store = SettingsStore.open(dataDir);
            assertEquals(Map.of(), store.configuredChats(), garbage);
            store.update(-1, s -> s.withListen(true));
            assertTrue(SettingsStore.open(dataDir).get(-1).listen(), "the store works again after recovering");
            Files.deleteIfExists(dataDir.resolve(SettingsStore.BACKUP_NAME));
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousSettingsInForce() throws IOException {
        Path dir = dataDir.resolve("data");
        SettingsStore store = SettingsStore.open(dir);
        store.update(-1, s -> s.withListen(true));
        // Replacing the folder with a plain file makes the next temp file impossible to create.
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
        Files.writeString(dir, "not a folder");

        assertThrows(IOException.class, () -> store.update(-1, s -> s.withListen(false)));
        assertTrue(store.get(-1).listen());
    }

    @Test
    void concurrentChangesToManyChatsAreAllPersisted() throws Exception {
        SettingsStore store = SettingsStore.open(dataDir);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<GroupSettings>> done = new ArrayList<>();
            for (int i = 1; i <= 64; i++) {
                long chat = -i;
                done.add(pool.submit(() -> store.update(chat, s -> s.withListen(true))));
            }
            for (Future<GroupSettings> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        SettingsStore reopened = SettingsStore.open(dataDir);
        assertEquals(64, reopened.configuredChats().size());
        assertTrue(reopened.configuredChats().values().stream().allMatch(GroupSettings::listen));
    }
}
