package faqbot.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.config.LangMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-chat settings that survive a restart, a crash and a {@code kill -9}: kept as one JSON file in
 * the data folder and replaced atomically on every change, with a copy of the last file that
 * loaded cleanly to fall back on if the file is ever damaged. Thread-safe; reads take no lock.
 *
 * <p>Only chats whose settings differ from {@link GroupSettings#DEFAULTS} are kept, in memory and
 * on disk: a chat the bot merely sees costs nothing, so memory grows only when an admin changes
 * something, and the whole map must be in memory anyway to rewrite the file in one piece.
 */
public final class SettingsStore {
    /** The settings file's name inside the data folder. */
    public static final String FILE_NAME = "group-settings.json";
    /** The last file that loaded cleanly, refreshed at each start. */
    public static final String BACKUP_NAME = FILE_NAME + ".bak";
    /** Where an unreadable settings file is moved, so the operator can look at it and it is not overwritten. */
    public static final String CORRUPT_NAME = FILE_NAME + ".corrupt";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Writes the whole new state of the changed chat before it is put in force. */
    @FunctionalInterface
    interface Persist {
        void write(long chatId, GroupSettings after, SortedMap<Long, GroupSettings> all) throws IOException;
    }

    private final Path file;
    private final Persist persist;
    private final Object writeLock = new Object();
    /** Immutable and replaced whole on each change, so {@link #get} never blocks behind a disk write. */
    private volatile SortedMap<Long, GroupSettings> chats;

    private SettingsStore(Path file, SortedMap<Long, GroupSettings> chats) {
        this(file, chats, (chatId, after, all) -> AtomicFiles.write(file, serialize(all)));
    }

    SettingsStore(Path file, SortedMap<Long, GroupSettings> chats, Persist persist) {
        this.file = file;
        this.chats = chats;
        this.persist = persist;
    }

    /**
     * Opens the settings kept in the state file; the first time, imports {@code group-settings.json}
     * from {@code dataDir} if there is one (and says so in the log), after which that file is no longer read.
     */
    public static SettingsStore open(StateDb db, Path dataDir) throws IOException {
        return DbSettings.open(db, dataDir);
    }

    /**
     * Opens the store in {@code dataDir}, creating the folder if needed. A damaged settings file does
     * not stop the bot: it falls back to the last good copy, else to defaults, with one log line.
     *
     * @throws IOException only when the data folder cannot be created
     */
    public static SettingsStore open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        AtomicFiles.deleteLeftoverTemps(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new SettingsStore(file, Collections.emptySortedMap());
        }
        try {
            SortedMap<Long, GroupSettings> loaded = parse(bytes);
            saveBackup(dataDir.resolve(BACKUP_NAME), bytes);
            return new SettingsStore(file, loaded);
        } catch (Unreadable e) {
            return new SettingsStore(file, recover(dataDir, file, e.getMessage()));
        }
    }

    /** This chat's settings, or {@link GroupSettings#DEFAULTS} for a chat nobody configured. */
    public GroupSettings get(long chatId) {
        return chats.getOrDefault(chatId, GroupSettings.DEFAULTS);
    }

    /**
     * Changes one chat's settings and writes them to disk before returning, e.g.
     * {@code update(chatId, s -> s.withListen(true))}.
     *
     * @return the settings now in force
     * @throws IOException when the file cannot be written; the previous settings then stay in force, in memory and on disk
     */
    public GroupSettings update(long chatId, UnaryOperator<GroupSettings> change) throws IOException {
        Objects.requireNonNull(change, "change");
        // One writer at a time, so two admins changing two groups cannot write the file in the wrong order.
        synchronized (writeLock) {
            GroupSettings before = get(chatId);
            GroupSettings after = Objects.requireNonNull(change.apply(before), "change returned null");
            if (after.equals(before)) {
                return after;
            }
            SortedMap<Long, GroupSettings> next = new TreeMap<>(chats);
            if (after.equals(GroupSettings.DEFAULTS)) {
                next.remove(chatId);
            } else {
                next.put(chatId, after);
            }
            persist.write(chatId, after, next);
            chats = Collections.unmodifiableSortedMap(next);
            return after;
        }
    }

    /** Every chat with non-default settings, by chat id; a snapshot, e.g. for an admin overview. */
    public Map<Long, GroupSettings> configuredChats() {
        return chats;
    }

    /** Where the settings are kept, e.g. {@code /var/lib/faqbot/group-settings.json} or {@code /var/lib/faqbot/state.db}. */
    public Path file() {
        return file;
    }

    private static SortedMap<Long, GroupSettings> recover(Path dataDir, Path file, String problem) {
        Path corrupt = dataDir.resolve(CORRUPT_NAME);
        String kept;
        try {
            Files.move(file, corrupt, StandardCopyOption.REPLACE_EXISTING);
            kept = "the unreadable file was moved to " + corrupt.getFileName();
        } catch (IOException e) {
            kept = "it could not be moved aside (" + e + ") and will be replaced at the next change";
        }
        Path backup = dataDir.resolve(BACKUP_NAME);
        try {
            SortedMap<Long, GroupSettings> fromBackup = parse(Files.readAllBytes(backup));
            LOG.warn("Group settings file {} is unreadable ({}); using the last good copy {} ({} chats); {}.",
                    file, problem, backup.getFileName(), fromBackup.size(), kept);
            return fromBackup;
        } catch (IOException | Unreadable e) {
            LOG.error("Group settings file {} is unreadable ({}) and there is no usable copy {}; every chat starts "
                    + "from the default settings; {}.", file, problem, backup.getFileName(), kept);
            return Collections.emptySortedMap();
        }
    }

    private static void saveBackup(Path backup, byte[] bytes) {
        try {
            AtomicFiles.write(backup, bytes);
        } catch (IOException e) {
            LOG.warn("Could not refresh the settings backup {}: {}", backup, e.toString());
        }
    }

    static byte[] serialize(Map<Long, GroupSettings> chats) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", FORMAT_VERSION);
        ObjectNode all = root.putObject("chats");
        for (Map.Entry<Long, GroupSettings> e : chats.entrySet()) {
            ObjectNode o = all.putObject(Long.toString(e.getKey()));
            e.getValue().lang().ifPresent(l -> o.put("lang", l.code()));
            o.put("listen", e.getValue().listen());
            o.put("logUnanswered", e.getValue().logUnanswered());
            if (!e.getValue().topicListen().isEmpty()) {
                ObjectNode topics = o.putObject("topics");
                e.getValue().topicListen().forEach((thread, on) -> topics.putObject(Integer.toString(thread)).put("listen", on));
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static SortedMap<Long, GroupSettings> parse(byte[] bytes) throws Unreadable {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new Unreadable("not valid JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new Unreadable(bytes.length == 0 ? "empty file" : "not a JSON object");
        }
        expectOnly(root, Set.of("version", "chats"), "");
        if (root.path("version").asInt(-1) != FORMAT_VERSION) {
            throw new Unreadable("unsupported version " + root.get("version") + ", expected " + FORMAT_VERSION);
        }
        JsonNode all = root.get("chats");
        if (all == null || !all.isObject()) {
            throw new Unreadable("\"chats\" must be an object");
        }
        SortedMap<Long, GroupSettings> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : all.properties()) {
            long id;
            try {
                id = Long.parseLong(e.getKey());
            } catch (NumberFormatException ex) {
                throw new Unreadable("chat id \"" + e.getKey() + "\" is not a number");
            }
            out.put(id, chat(e.getKey(), e.getValue()));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private static GroupSettings chat(String id, JsonNode o) throws Unreadable {
        if (!o.isObject()) {
            throw new Unreadable("chats." + id + " must be an object");
        }
        expectOnly(o, Set.of("lang", "listen", "logUnanswered", "topics"), "chats." + id + ".");
        Optional<LangMode> lang = Optional.empty();
        if (o.has("lang")) {
            lang = Optional.of(LangMode.parse(o.get("lang").asText(null))
                    .orElseThrow(() -> new Unreadable("chats." + id + ".lang must be auto, en or ko")));
        }
        return new GroupSettings(lang, bool(o, "listen", id), bool(o, "logUnanswered", id), topics(o.get("topics"), id));
    }

    /** Per-topic listen settings, e.g. {"77": {"listen": true}}; absent in files from before forum topics. */
    private static Map<Integer, Boolean> topics(JsonNode topics, String id) throws Unreadable {
        Map<Integer, Boolean> out = new TreeMap<>();
        if (topics == null) {
            return out;
        }
        if (!topics.isObject()) {
            throw new Unreadable("chats." + id + ".topics must be an object");
        }
        for (Map.Entry<String, JsonNode> t : topics.properties()) {
            int thread;
            try {
                thread = Integer.parseInt(t.getKey());
            } catch (NumberFormatException e) {
                throw new Unreadable("chats." + id + ".topics: \"" + t.getKey() + "\" is not a topic id");
            }
            expectOnly(t.getValue(), Set.of("listen"), "chats." + id + ".topics." + thread + ".");
            out.put(thread, bool(t.getValue(), "listen", id + ".topics." + thread));
        }
        return out;
    }

    private static boolean bool(JsonNode o, String field, String id) throws Unreadable {
        JsonNode v = o.get(field);
        if (v == null || !v.isBoolean()) {
            throw new Unreadable("chats." + id + "." + field + " must be true or false");
        }
        return v.booleanValue();
    }

    private static void expectOnly(JsonNode o, Set<String> allowed, String prefix) throws Unreadable {
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new Unreadable("unknown field " + prefix + n);
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The settings file's content cannot be used; the message says why, for the one log line. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }
}
