package faqbot.config;

import java.util.Arrays;
import java.util.Optional;

/** Every configuration key with its JSON path, environment variable and value type: the one table the loader and the docs test read. */
enum ConfigKey {
    FAQ_DIR("faqDir", "FAQBOT_FAQ_DIR", Type.PATH),
    DATA_DIR("dataDir", "FAQBOT_DATA_DIR", Type.PATH),
    ADMIN_IDS("adminIds", "FAQBOT_ADMINS", Type.ID_LIST),
    DEFAULT_LANG("defaultLang", "FAQBOT_DEFAULT_LANG", Type.LANG),
    THRESHOLD("threshold", "FAQBOT_THRESHOLD", Type.DECIMAL),
    CLOSE_MARGIN("closeMargin", "FAQBOT_CLOSE_MARGIN", Type.DECIMAL),
    MAX_ALTERNATIVES("maxAlternatives", "FAQBOT_MAX_ALTERNATIVES", Type.INT),
    LISTEN_THRESHOLD("listenThreshold", "FAQBOT_LISTEN_THRESHOLD", Type.DECIMAL),
    LISTEN_COOLDOWN_SECONDS("listenCooldownSeconds", "FAQBOT_LISTEN_COOLDOWN_SECONDS", Type.INT),
    RATE_PER_CHAT_PER_SECOND("rateLimits.perChatPerSecond", "FAQBOT_RATE_PER_CHAT_PER_SECOND", Type.INT),
    RATE_PER_GROUP_PER_MINUTE("rateLimits.perGroupPerMinute", "FAQBOT_RATE_PER_GROUP_PER_MINUTE", Type.INT),
    RATE_GLOBAL_PER_SECOND("rateLimits.globalPerSecond", "FAQBOT_RATE_GLOBAL_PER_SECOND", Type.INT),
    FLOOD_MAX_QUESTIONS_PER_MINUTE("flood.maxQuestionsPerMinute", "FAQBOT_FLOOD_MAX_QUESTIONS_PER_MINUTE", Type.INT),
    FLOOD_MUTE_SECONDS("flood.muteSeconds", "FAQBOT_FLOOD_MUTE_SECONDS", Type.INT),
    UNANSWERED_MAX_RECORDS("unanswered.maxRecords", "FAQBOT_UNANSWERED_MAX_RECORDS", Type.INT),
    METRICS_PORT("metricsPort", "FAQBOT_METRICS_PORT", Type.INT),
    METRICS_HOST("metricsHost", "FAQBOT_METRICS_HOST", Type.WORD),
    HEALTH_WINDOW_SECONDS("healthWindowSeconds", "FAQBOT_HEALTH_WINDOW_S", Type.INT),
    START_RETRY_SECONDS("startRetrySeconds", "FAQBOT_START_RETRY_SECONDS", Type.INT),
    LOG_LEVEL("logLevel", "FAQBOT_LOG_LEVEL", Type.WORD),
    LOG_FORMAT("logFormat", "FAQBOT_LOG_FORMAT", Type.WORD);

    /** The environment variable that names the config file; not a setting itself. */
    static final String CONFIG_ENV = "FAQBOT_CONFIG";
    /** Every setting's variable starts with this; other FAQBOT_* variables are ignored with a warning (Kubernetes adds FAQBOT_PORT and such). */
    static final String ENV_PREFIX = "FAQBOT_";

    enum Type { PATH, ID_LIST, LANG, DECIMAL, INT, WORD }

    final String key;
    final String env;
    final Type type;

    ConfigKey(String key, String env, Type type) {
        this.key = key;
        this.env = env;
        this.type = type;
    }

    static Optional<ConfigKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    static Optional<ConfigKey> byEnv(String env) {
        return Arrays.stream(values()).filter(k -> k.env.equals(env)).findFirst();
    }

    /** The object a dotted key lives in, e.g. "rateLimits", or empty for a top-level key. */
    Optional<String> section() {
        int dot = key.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(key.substring(0, dot));
    }
}
