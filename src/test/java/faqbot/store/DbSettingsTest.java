package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import faqbot.config.LangMode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Group settings live in the state file; the group-settings.json of earlier versions is imported once, with a log line. */
class DbSettingsTest {
    @TempDir
    Path dataDir;

    @Test
    void anExistingSettingsFileIsImportedOnceAndSaidSo() throws Exception {
        SettingsStore json = SettingsStore.open(dataDir);
        json.update(-100, s -> s.withListen(true));
        json.update(-200, s -> s.withLang(LangMode.KO));
        Map<Long, GroupSettings> before = json.configuredChats();
        ListAppender<ILoggingEvent> logs = capture();
        try (StateDb db = StateDb.open(dataDir)) {
            assertEquals(before, SettingsStore.open(db, dataDir).configuredChats(), "every chat's settings imported");
        } finally {
            release(logs);
        }
        assertTrue(logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains("imported the settings of 2 chats")),
                "the import is logged");
        // A later change to the old file is not imported again: the state file is the one place now.
        json.update(-300, s -> s.withListen(true));
        try (StateDb db = StateDb.open(dataDir)) {
            assertEquals(before, SettingsStore.open(db, dataDir).configuredChats());
        }
    }

    @Test
    void changesSurviveReopeningTheStateFile() throws Exception {
        try (StateDb db = StateDb.open(dataDir)) {
            SettingsStore s = SettingsStore.open(db, dataDir);
            s.update(-1, g -> g.withListen(true));
            s.update(-2, g -> g.withLogUnanswered(false));
            s.update(-2, g -> g.withLogUnanswered(true));
        }
        try (StateDb db = StateDb.open(dataDir)) {
            assertEquals(Map.of(-1L, GroupSettings.DEFAULTS.withListen(true)), SettingsStore.open(db, dataDir).configuredChats(),
                    "a chat back at the defaults is not kept");
        }
    }

    private static ListAppender<ILoggingEvent> capture() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> a = new ListAppender<>();
        a.setContext(root.getLoggerContext());
        a.start();
        root.addAppender(a);
        return a;
    }

    private static void release(ListAppender<ILoggingEvent> a) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(a);
    }
}
