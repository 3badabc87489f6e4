package faqbot.config;

import static faqbot.config.InvalidSettingException.atLeast;
import static faqbot.config.InvalidSettingException.check;
import static faqbot.config.InvalidSettingException.positiveFinite;

import faqbot.match.MatchSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an operator may tune, as one validated immutable value, so a bad setting stops the
 * bot at start instead of surfacing as odd behaviour in a group days later. Read it with
 * {@link ConfigLoader}; the keys are documented in docs/operations.md.
 *
 * @param faqDir                FAQ folder, e.g. {@code /opt/faqbot/faq}; empty means the usual lookup ({@code ./faq}, else the built-in FAQ)
 * @param dataDir               folder for group settings and the unanswered log, e.g. {@code /var/lib/faqbot}
 * @param adminIds              Telegram user ids of the bot's admins (reload, stats, any group's settings), e.g. [123456789]
 * @param defaultLang           reply language where a group has not chosen one, e.g. AUTO
 * @param threshold             lowest matcher score that counts as an answer, e.g. 2.0
 * @param closeMargin           a runner-up within this many points makes a close call, e.g. 1.0
 * @param maxAlternatives       "did you mean" buttons at most, e.g. 3
 * @param listenThreshold       the stricter score an unaddressed group message needs in listen mode, e.g. 4.0
 * @param listenCooldownSeconds listen mode answers one topic at most once per this many seconds per group, e.g. 300
 * @param rateLimits            outgoing message limits, kept under Telegram's own
 * @param flood                 how many questions one user may ask before being ignored for a while
 * @param unanswered            the unanswered-questions log's size cap
 * @param ops                   metrics, health, start-up retry and logging
 */
public record BotConfig(Optional<Path> faqDir, Path dataDir, List<Long> adminIds, LangMode defaultLang,
                        double threshold, double closeMargin, int maxAlternatives,
                        double listenThreshold, int listenCooldownSeconds,
                        RateLimits rateLimits, Flood flood, Unanswered unanswered, Ops ops) {

    /** The configuration with no file and no environment variables. */
    public static final BotConfig DEFAULTS = new BotConfig(Optional.empty(), Path.of("faqbot-data"), List.of(),
            LangMode.AUTO, MatchSettings.DEFAULTS.threshold(), MatchSettings.DEFAULTS.closeMargin(),
            MatchSettings.DEFAULTS.maxAlternatives(), 4.0, 300, RateLimits.DEFAULTS, Flood.DEFAULTS, Unanswered.DEFAULTS, Ops.DEFAULTS);

    public BotConfig {
        Objects.requireNonNull(faqDir, "faqDir");
        Objects.requireNonNull(dataDir, "dataDir");
        // List.copyOf also rejects null elements, which a JSON array could otherwise smuggle in.
        adminIds = List.copyOf(Objects.requireNonNull(adminIds, "adminIds"));
        for (long id : adminIds) {
            // Telegram user ids are positive; a negative one is a group id pasted by mistake.
            check(id > 0, "adminIds", "must be Telegram user ids (positive numbers), got " + id);
        }
        Objects.requireNonNull(defaultLang, "defaultLang");
        positiveFinite(threshold, "threshold");
        check(closeMargin >= 0 && Double.isFinite(closeMargin), "closeMargin", "must be 0 or more, was " + closeMargin);
        check(maxAlternatives >= 0 && maxAlternatives <= 8, "maxAlternatives", "must be between 0 and 8, was " + maxAlternatives);
        if (!(Double.isFinite(listenThreshold) && listenThreshold >= threshold)) {
            throw new InvalidSettingException("listenThreshold", "must be at least threshold (" + threshold
                    + ") because listen mode answers messages nobody addressed to the bot, was " + listenThreshold, "threshold");
        }
        atLeast(listenCooldownSeconds, 0, "listenCooldownSeconds");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(flood, "flood");
        Objects.requireNonNull(unanswered, "unanswered");
        Objects.requireNonNull(ops, "ops");
    }

    /** Without operations settings: their defaults. */
    public BotConfig(Optional<Path> faqDir, Path dataDir, List<Long> adminIds, LangMode defaultLang,
                     double threshold, double closeMargin, int maxAlternatives,
                     double listenThreshold, int listenCooldownSeconds,
                     RateLimits rateLimits, Flood flood, Unanswered unanswered) {
        this(faqDir, dataDir, adminIds, defaultLang, threshold, closeMargin, maxAlternatives, listenThreshold,
                listenCooldownSeconds, rateLimits, flood, unanswered, Ops.DEFAULTS);
    }

    /** The matcher's settings for addressed questions. */
    public MatchSettings matchSettings() {
        return new MatchSettings(threshold, closeMargin, maxAlternatives);
    }

    /** The matcher's settings for listen mode: same margins, the stricter threshold. */
    public MatchSettings listenMatchSettings() {
        return new MatchSettings(listenThreshold, closeMargin, maxAlternatives);
    }

    /** Whether this Telegram user is one of the configured bot admins. */
    public boolean isAdmin(long userId) {
        return adminIds.contains(userId);
    }

    /**
     * Outgoing message limits; Telegram allows about 1 message a second per chat, 20 a minute per
     * group and 30 a second overall before it answers 429.
     *
     * @param perChatPerSecond  e.g. 1
     * @param perGroupPerMinute e.g. 20
     * @param globalPerSecond   e.g. 30
     */
    public record RateLimits(int perChatPerSecond, int perGroupPerMinute, int globalPerSecond) {
        public static final RateLimits DEFAULTS = new RateLimits(1, 20, 30);

        public RateLimits {
            atLeast(perChatPerSecond, 1, "rateLimits.perChatPerSecond");
            atLeast(perGroupPerMinute, 1, "rateLimits.perGroupPerMinute");
            atLeast(globalPerSecond, 1, "rateLimits.globalPerSecond");
        }
    }

    /**
     * Flood protection for one user, so a single person cannot make the bot spam a group.
     *
     * @param maxQuestionsPerMinute questions a user may ask per minute before being muted, e.g. 5
     * @param muteSeconds           how long the bot then ignores that user, e.g. 600
     */
    public record Flood(int maxQuestionsPerMinute, int muteSeconds) {
        public static final Flood DEFAULTS = new Flood(5, 600);

        public Flood {
            atLeast(maxQuestionsPerMinute, 1, "flood.maxQuestionsPerMinute");
            atLeast(muteSeconds, 0, "flood.muteSeconds");
        }
    }

    /**
     * The unanswered-questions log's bound, so the data folder cannot grow without limit.
     *
     * @param maxRecords newest records kept, e.g. 5000
     */
    public record Unanswered(int maxRecords) {
        public static final Unanswered DEFAULTS = new Unanswered(5000);
        /** A larger log would make {@code report} read hundreds of megabytes for no better advice. */
        public static final int MAX_RECORDS_LIMIT = 1_000_000;

        public Unanswered {
            check(maxRecords >= 1 && maxRecords <= MAX_RECORDS_LIMIT, "unanswered.maxRecords",
                    "must be between 1 and " + MAX_RECORDS_LIMIT + ", was " + maxRecords);
        }
    }

    /**
     * How the bot is run as a service: metrics, health, how long an unreachable server is retried
     * at start, and logging.
     *
     * @param metricsPort         port for /metrics and /healthz, e.g. 9464; 0 (the default) serves nothing
     * @param metricsHost         address that port binds to, e.g. "127.0.0.1" (the default: this machine only)
     * @param healthWindowSeconds /healthz says 200 while the last successful poll is at most this old, e.g. 120
     * @param startRetrySeconds   how long an unreachable or failing server is retried at start before giving up, e.g. 300
     * @param logLevel            TRACE, DEBUG, INFO, WARN or ERROR, e.g. "INFO"
     * @param logFormat           "text" for people, "json" (one object a line) for log shippers
     */
    public record Ops(int metricsPort, String metricsHost, int healthWindowSeconds, int startRetrySeconds,
                      String logLevel, String logFormat) {
        // Before DEFAULTS: its constructor reads it.
        private static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
        public static final Ops DEFAULTS = new Ops(0, "127.0.0.1", 120, 300, "INFO", "text");

        public Ops {
            check(metricsPort >= 0 && metricsPort <= 65535, "metricsPort", "must be a port between 1 and 65535, or 0 for no metrics, was " + metricsPort);
            check(metricsHost != null && !metricsHost.isBlank(), "metricsHost", "must be an address, e.g. 127.0.0.1");
            check(healthWindowSeconds >= 1, "healthWindowSeconds", "must be at least 1, was " + healthWindowSeconds);
            atLeast(startRetrySeconds, 0, "startRetrySeconds");
            logLevel = Objects.requireNonNull(logLevel, "logLevel").strip().toUpperCase(java.util.Locale.ROOT);
            check(LEVELS.contains(logLevel), "logLevel", "must be one of " + String.join(", ", LEVELS) + ", was \"" + logLevel + "\"");
            logFormat = Objects.requireNonNull(logFormat, "logFormat").strip().toLowerCase(java.util.Locale.ROOT);
            check(logFormat.equals("text") || logFormat.equals("json"), "logFormat", "must be text or json, was \"" + logFormat + "\"");
        }
    }
}
