package faqbot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the {@link BotConfig} from defaults, then an optional JSON file, then {@code FAQBOT_*}
 * environment variables (later wins), refusing unknown keys and bad values with the key and its
 * source named, because a typo in a setting should stop the start, not be silently ignored.
 */
public final class ConfigLoader {
    private static final String DEFAULT_SOURCE = "default";
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Loads the configuration.
     *
     * @param explicitFile the {@code --config} file, if given; else {@code FAQBOT_CONFIG}; else no file
     * @param env          the environment, e.g. {@code System.getenv()}
     */
    public BotConfig load(Optional<Path> explicitFile, Map<String, String> env) throws ConfigException {
        Objects.requireNonNull(explicitFile, "explicitFile");
        Objects.requireNonNull(env, "env");
        Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
        Map<ConfigKey, String> sources = new EnumMap<>(ConfigKey.class);
        for (ConfigKey k : ConfigKey.values()) {
            values.put(k, defaultValue(k));
            sources.put(k, DEFAULT_SOURCE);
        }
        Optional<Path> file = configFile(explicitFile, env);
        if (file.isPresent()) {
            readFile(file.get(), values, sources);
        }
        readEnv(env, values, sources);
        return build(values, sources);
    }

    /** Loads with no {@code --config} option. */
    public BotConfig load(Map<String, String> env) throws ConfigException {
        return load(Optional.empty(), env);
    }

    private static Optional<Path> configFile(Optional<Path> explicit, Map<String, String> env) throws ConfigException {
        if (explicit.isPresent()) {
            return explicit;
        }
        String fromEnv = env.get(ConfigKey.CONFIG_ENV);
        if (fromEnv == null || fromEnv.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(fromEnv.strip()));
        } catch (InvalidPathException e) {
            throw new ConfigException("config", envSource(ConfigKey.CONFIG_ENV), "not a usable path: " + e.getMessage());
        }
    }

    private void readFile(Path file, Map<ConfigKey, Object> values, Map<ConfigKey, String> sources) throws ConfigException {
        String source = "config file " + file;
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException("config", source, "file not found");
        } catch (JsonProcessingException e) {
            throw new ConfigException("config", source, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new ConfigException("config", source, "cannot read: " + e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("config", source, "must be a JSON object { ... }");
        }
        readObject(root, "", source, values, sources);
    }

    private void readObject(JsonNode node, String prefix, String source, Map<ConfigKey, Object> values,
                            Map<ConfigKey, String> sources) throws ConfigException {
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String key = prefix + f.getKey();
            Optional<ConfigKey> known = ConfigKey.byKey(key);
            if (known.isPresent()) {
                values.put(known.get(), fromJson(known.get(), f.getValue(), source));
                sources.put(known.get(), source);
            } else if (prefix.isEmpty() && isSection(key)) {
                if (!f.getValue().isObject()) {
                    throw new ConfigException(key, source, "must be a JSON object { ... }");
                }
                readObject(f.getValue(), key + ".", source, values, sources);
            } else {
                throw new ConfigException(key, source, "unknown key; known keys: " + knownKeys());
            }
        }
    }

    private static void readEnv(Map<String, String> env, Map<ConfigKey, Object> values, Map<ConfigKey, String> sources)
            throws ConfigException {
        // Sorted so that with two bad variables the same one is always reported.
        for (String name : new TreeSet<>(env.keySet())) {
            if (!name.startsWith(ConfigKey.ENV_PREFIX) || name.equals(ConfigKey.CONFIG_ENV)) {
                continue;
            }
            ConfigKey k = ConfigKey.byEnv(name).orElseThrow(() -> new ConfigException(name, envSource(name),
                    "unknown FAQBOT_ variable; known: " + knownEnv()));
            values.put(k, fromEnv(k, env.get(name), envSource(name)));
            sources.put(k, envSource(name));
        }
    }

    private static Object fromJson(ConfigKey k, JsonNode v, String source) throws ConfigException {
        switch (k.type) {
            case PATH:
                if (!v.isTextual() || v.asText().isBlank()) {
                    throw new ConfigException(k.key, source, "must be a non-empty string (a folder path), was " + v);
                }
                return path(k, v.asText(), source);
            case LANG:
                if (!v.isTextual()) {
                    throw new ConfigException(k.key, source, "must be \"auto\", \"en\" or \"ko\", was " + v);
                }
                return lang(k, v.asText(), source);
            case DECIMAL:
                if (!v.isNumber()) {
                    throw new ConfigException(k.key, source, "must be a number, was " + v);
                }
                return v.asDouble();
            case INT:
                if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                    throw new ConfigException(k.key, source, "must be a whole number, was " + v);
                }
                return v.asInt();
            case ID_LIST:
                if (!v.isArray()) {
                    throw new ConfigException(k.key, source, "must be a list of Telegram user ids, e.g. [123456789], was " + v);
                }
                List<Long> ids = new ArrayList<>();
                for (JsonNode id : v) {
                    if (!id.isIntegralNumber() || !id.canConvertToLong()) {
                        throw new ConfigException(k.key, source, "must hold whole numbers (Telegram user ids), found " + id);
                    }
                    ids.add(id.asLong());
                }
                return ids;
            default:
                throw new AssertionError(k.type);
        }
    }

    private static Object fromEnv(ConfigKey k, String raw, String source) throws ConfigException {
        String v = raw == null ? "" : raw.strip();
        try {
            switch (k.type) {
                case PATH:
                    if (v.isEmpty()) {
                        throw new ConfigException(k.key, source, "must not be empty");
                    }
                    return path(k, v, source);
                case LANG:
                    return lang(k, v, source);
                case DECIMAL:
                    // BigDecimal, not Double.parseDouble: that also accepts "1d", "0x1p3" and "NaN".
                    return new BigDecimal(v).doubleValue();
                case INT:
                    return Integer.parseInt(v);
                case ID_LIST:
                    List<Long> ids = new ArrayList<>();
                    if (!v.isEmpty()) {
                        for (String part : v.split(",", -1)) {
                            ids.add(Long.parseLong(part.strip()));
                        }
                    }
                    return ids;
                default:
                    throw new AssertionError(k.type);
            }
        } catch (NumberFormatException e) {
            String expected = switch (k.type) {
                case DECIMAL -> "a number, e.g. 2.5";
                case INT -> "a whole number, e.g. 5";
                default -> "comma-separated Telegram user ids, e.g. 123456789,987654321";
            };
            throw new ConfigException(k.key, source, "must be " + expected + ", was \"" + raw + "\"");
        }
    }

    private static Path path(ConfigKey k, String s, String source) throws ConfigException {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new ConfigException(k.key, source, "not a usable path: " + e.getMessage());
        }
    }

    private static LangMode lang(ConfigKey k, String s, String source) throws ConfigException {
        return LangMode.parse(s).orElseThrow(() ->
                new ConfigException(k.key, source, "must be auto, en or ko, was \"" + s + "\""));
    }

    private static Object defaultValue(ConfigKey k) {
        BotConfig d = BotConfig.DEFAULTS;
        return switch (k) {
            case FAQ_DIR -> d.faqDir();
            case DATA_DIR -> d.dataDir();
            case ADMIN_IDS -> d.adminIds();
            case DEFAULT_LANG -> d.defaultLang();
            case THRESHOLD -> d.threshold();
            case CLOSE_MARGIN -> d.closeMargin();
            case MAX_ALTERNATIVES -> d.maxAlternatives();
            case LISTEN_THRESHOLD -> d.listenThreshold();
            case LISTEN_COOLDOWN_SECONDS -> d.listenCooldownSeconds();
            case RATE_PER_CHAT_PER_SECOND -> d.rateLimits().perChatPerSecond();
            case RATE_PER_GROUP_PER_MINUTE -> d.rateLimits().perGroupPerMinute();
            case RATE_GLOBAL_PER_SECOND -> d.rateLimits().globalPerSecond();
            case FLOOD_MAX_QUESTIONS_PER_MINUTE -> d.flood().maxQuestionsPerMinute();
            case FLOOD_MUTE_SECONDS -> d.flood().muteSeconds();
            case UNANSWERED_MAX_RECORDS -> d.unanswered().maxRecords();
            case OUTBOX_MAX_AGE_MINUTES -> d.outbox().maxAgeMinutes();
        };
    }

    private static BotConfig build(Map<ConfigKey, Object> v, Map<ConfigKey, String> sources) throws ConfigException {
        try {
            Object faqDir = v.get(ConfigKey.FAQ_DIR);
            return new BotConfig(
                    // The default is already an Optional; a configured value is a bare Path.
                    faqDir instanceof Path p ? Optional.of(p) : BotConfig.DEFAULTS.faqDir(),
                    (Path) v.get(ConfigKey.DATA_DIR),
                    longs(v.get(ConfigKey.ADMIN_IDS)),
                    (LangMode) v.get(ConfigKey.DEFAULT_LANG),
                    (Double) v.get(ConfigKey.THRESHOLD),
                    (Double) v.get(ConfigKey.CLOSE_MARGIN),
                    (Integer) v.get(ConfigKey.MAX_ALTERNATIVES),
                    (Double) v.get(ConfigKey.LISTEN_THRESHOLD),
                    (Integer) v.get(ConfigKey.LISTEN_COOLDOWN_SECONDS),
                    new BotConfig.RateLimits((Integer) v.get(ConfigKey.RATE_PER_CHAT_PER_SECOND),
                            (Integer) v.get(ConfigKey.RATE_PER_GROUP_PER_MINUTE),
                            (Integer) v.get(ConfigKey.RATE_GLOBAL_PER_SECOND)),
                    new BotConfig.Flood((Integer) v.get(ConfigKey.FLOOD_MAX_QUESTIONS_PER_MINUTE),
                            (Integer) v.get(ConfigKey.FLOOD_MUTE_SECONDS)),
                    new BotConfig.Unanswered((Integer) v.get(ConfigKey.UNANSWERED_MAX_RECORDS)),
                    new BotConfig.Outbox((Integer) v.get(ConfigKey.OUTBOX_MAX_AGE_MINUTES)));
        } catch (InvalidSettingException e) {
            // Blame the first key that was actually set: raising only threshold can break listenThreshold's default.
            List<String> suspects = new ArrayList<>(List.of(e.key()));
            suspects.addAll(e.dependsOn());
            String source = suspects.stream().map(k -> ConfigKey.byKey(k).map(sources::get).orElse(DEFAULT_SOURCE))
                    .filter(s -> !s.equals(DEFAULT_SOURCE)).findFirst().orElse(DEFAULT_SOURCE);
            throw new ConfigException(e.key(), source, e.problem());
        }
    }

    private static List<Long> longs(Object o) {
        List<Long> out = new ArrayList<>();
        for (Object x : (List<?>) o) {
            out.add((Long) x);
        }
        return out;
    }

    private static boolean isSection(String key) {
        return Arrays.stream(ConfigKey.values()).anyMatch(k -> k.section().filter(key::equals).isPresent());
    }

    private static String envSource(String name) {
        return "environment variable " + name;
    }

    private static String knownKeys() {
        return String.join(", ", Arrays.stream(ConfigKey.values()).map(k -> k.key).toList());
    }

    private static String knownEnv() {
        List<String> names = new ArrayList<>(Arrays.stream(ConfigKey.values()).map(k -> k.env).toList());
        names.add(ConfigKey.CONFIG_ENV);
        return String.join(", ", names);
    }
}
