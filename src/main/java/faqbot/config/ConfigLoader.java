package faqbot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link BotConfig} from defaults, then an optional JSON file, then {@code FAQBOT_*}
 * environment variables (later wins), refusing unknown keys in the file and bad values with the key
 * and its source named, because a typo in a setting should stop the start, not be silently ignored.
 * Unknown {@code FAQBOT_*} variables are only logged: the environment is shared with others
 * (Kubernetes sets FAQBOT_PORT=tcp://... for a Service named faqbot).
 */
public final class ConfigLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);
    private static final String DEFAULT_SOURCE = "default";
    /** Each ignored variable is logged once per process, however often the configuration is loaded. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    // Comments (// and /* */) let the example file explain every key.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final List<String> ignored = new ArrayList<>();
    private final Map<ConfigKey, String> lastSources = new EnumMap<>(ConfigKey.class);
    private final Map<ConfigKey, Object> lastValues = new EnumMap<>(ConfigKey.class);

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
        ignored.clear();
        readEnv(env, values, sources, ignored);
        BotConfig config = build(values, sources);
        lastSources.clear();
        lastSources.putAll(sources);
        lastValues.clear();
        lastValues.putAll(values);
        return config;
    }

    /** The FAQBOT_* variables the last {@link #load} ignored, e.g. [FAQBOT_PORT]. */
    public List<String> ignoredVariables() {
        return List.copyOf(ignored);
    }

    /**
     * Every setting of the last {@link #load} with its value and where it came from, in table order,
     * e.g. "threshold = 2.5  (environment variable FAQBOT_THRESHOLD)".
     */
    public List<String> effective() {
        List<String> out = new ArrayList<>();
        lastValues.forEach((k, v) -> out.add(k.key + " = " + (v instanceof Optional<?> o ? o.map(Object::toString).orElse("(not set)") : v)
                + "  (" + lastSources.get(k) + ")"));
        return out;
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
                values.put(known.get(), ConfigValues.fromJson(known.get(), f.getValue(), source));
                sources.put(known.get(), source);
            } else if (prefix.isEmpty() && isSection(key)) {
                if (!f.getValue().isObject()) {
                    throw new ConfigException(key, source, "must be a JSON object { ... }");
                }
                readObject(f.getValue(), key + ".", source, values, sources);
            } else {
                throw new ConfigException(key, source, "unknown key" + Suggest.nearest(key, Arrays.stream(ConfigKey.values())
                        .map(k -> k.key).toList()).map(k -> ", did you mean \"" + k + "\"?").orElse(".") + " Known keys: " + knownKeys());
            }
        }
    }

    private static void readEnv(Map<String, String> env, Map<ConfigKey, Object> values, Map<ConfigKey, String> sources,
                                List<String> ignored) throws ConfigException {
        // Sorted so that with two bad variables the same one is always reported.
        for (String name : new TreeSet<>(env.keySet())) {
            if (!name.startsWith(ConfigKey.ENV_PREFIX) || name.equals(ConfigKey.CONFIG_ENV)) {
                continue;
            }
            Optional<ConfigKey> known = ConfigKey.byEnv(name);
            if (known.isEmpty()) {
                ignored.add(name);
                if (REPORTED.add(name)) {
                    LOG.warn("ignoring the environment variable {}: not a faqbot setting{}", name, Suggest.nearest(name, knownEnv())
                            .map(k -> " (did you mean " + k + "?)").orElse(""));
                }
                continue;
            }
            ConfigKey k = known.get();
            values.put(k, ConfigValues.fromEnv(k, env.get(name), envSource(name)));
            sources.put(k, envSource(name));
        }
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
            case METRICS_PORT -> d.ops().metricsPort();
            case METRICS_HOST -> d.ops().metricsHost();
            case HEALTH_WINDOW_SECONDS -> d.ops().healthWindowSeconds();
            case START_RETRY_SECONDS -> d.ops().startRetrySeconds();
            case LOG_LEVEL -> d.ops().logLevel();
            case LOG_FORMAT -> d.ops().logFormat();
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
                    new BotConfig.Ops((Integer) v.get(ConfigKey.METRICS_PORT), (String) v.get(ConfigKey.METRICS_HOST),
                            (Integer) v.get(ConfigKey.HEALTH_WINDOW_SECONDS), (Integer) v.get(ConfigKey.START_RETRY_SECONDS),
                            (String) v.get(ConfigKey.LOG_LEVEL), (String) v.get(ConfigKey.LOG_FORMAT)));
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

    private static List<String> knownEnv() {
        List<String> names = new ArrayList<>(Arrays.stream(ConfigKey.values()).map(k -> k.env).toList());
        names.add(ConfigKey.CONFIG_ENV);
        return names;
    }
}
