package faqbot.store;

import faqbot.config.LangMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group settings in the state file's {@code group_settings} table, with the one-time import of the
 * {@code group-settings.json} that earlier versions kept, so an upgrade keeps every chat's settings.
 */
final class DbSettings {
    private static final Logger LOG = LoggerFactory.getLogger(DbSettings.class);
    static final String IMPORTED = "group-settings.json imported";

    private DbSettings() {
    }

    static SettingsStore open(StateDb db, Path dataDir) throws IOException {
        Path where = dataDir.resolve(StateDb.FILE_NAME);
        try {
            if (db.meta(IMPORTED).isEmpty()) {
                importJson(db, dataDir);
            }
            SortedMap<Long, GroupSettings> chats = db.transaction(DbSettings::load);
            return new SettingsStore(where, Collections.unmodifiableSortedMap(chats), (chatId, after, all) -> write(db, chatId, after));
        } catch (SQLException e) {
            throw new IOException("cannot read the group settings from " + where + ": " + e.getMessage(), e);
        }
    }

    private static void importJson(StateDb db, Path dataDir) throws IOException, SQLException {
        Path json = dataDir.resolve(SettingsStore.FILE_NAME);
        boolean exists = Files.exists(json);
        // The JSON store's own reading, with its fallback to the last good copy if the file is damaged.
        Map<Long, GroupSettings> old = exists ? SettingsStore.open(dataDir).configuredChats() : Map.of();
        db.transaction(c -> {
            for (Map.Entry<Long, GroupSettings> e : old.entrySet()) {
                upsert(c, e.getKey(), e.getValue());
            }
            StateDb.putMeta(c, IMPORTED, exists ? Instant.now() + " from " + json.getFileName() : Instant.now() + " (no file)");
            return null;
        });
        if (exists) {
            LOG.info("imported the settings of {} chats from {} into {}; that file is no longer read and may be deleted",
                    old.size(), json, dataDir.resolve(StateDb.FILE_NAME));
        }
    }

    private static SortedMap<Long, GroupSettings> load(Connection c) throws SQLException {
        SortedMap<Long, GroupSettings> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT chat_id, lang, listen, log_unanswered FROM group_settings");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Optional<LangMode> lang = Optional.ofNullable(r.getString(2)).flatMap(LangMode::parse);
                out.put(r.getLong(1), new GroupSettings(lang, r.getInt(3) != 0, r.getInt(4) != 0));
            }
        }
        return out;
    }

    private static void write(StateDb db, long chatId, GroupSettings after) throws IOException {
        try {
            db.transaction(c -> {
                if (after.equals(GroupSettings.DEFAULTS)) {
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM group_settings WHERE chat_id = ?")) {
                        p.setLong(1, chatId);
                        p.executeUpdate();
                    }
                } else {
                    upsert(c, chatId, after);
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IOException("cannot write the group settings: " + e.getMessage(), e);
        }
    }

    private static void upsert(Connection c, long chatId, GroupSettings s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR REPLACE INTO group_settings (chat_id, lang, listen, log_unanswered) VALUES (?, ?, ?, ?)")) {
            p.setLong(1, chatId);
            p.setString(2, s.lang().map(LangMode::code).orElse(null));
            p.setInt(3, s.listen() ? 1 : 0);
            p.setInt(4, s.logUnanswered() ? 1 : 0);
            p.executeUpdate();
        }
    }
}
