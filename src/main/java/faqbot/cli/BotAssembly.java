package faqbot.cli;

import faqbot.chat.Addressing;
import faqbot.chat.AnswerListener;
import faqbot.chat.ChatPolicy;
import faqbot.chat.CommandHook;
import faqbot.chat.Conversation;
import faqbot.chat.Engagement;
import faqbot.chat.FloodGuard;
import faqbot.chat.Listening;
import faqbot.chat.admin.AdminCheck;
import faqbot.chat.admin.AdminCommands;
import faqbot.chat.admin.Community;
import faqbot.config.BotConfig;
import faqbot.config.LangMode;
import faqbot.core.FaqBot;
import faqbot.core.FaqReloader;
import faqbot.ops.BotMetrics;
import faqbot.feedback.FeedbackCounter;
import faqbot.feedback.Vote;
import faqbot.store.DbFeedback;
import faqbot.store.GroupSettings;
import faqbot.store.SettingsStore;
import faqbot.store.StateDb;
import faqbot.store.StatsStore;
import faqbot.store.UnansweredLog;
import faqbot.telegram.StartupException;
import faqbot.telegram.TelegramBot;
import faqbot.telegram.TelegramConfig;
import faqbot.telegram.send.Pacer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that wires the bot from its configuration: the conversation core with its flood
 * guard, chat policy, admin commands and recorders, for Telegram ({@code run}), the terminal
 * ({@code chat}) and the tests alike, so no front end assembles the rules its own way.
 */
public final class BotAssembly {
    private static final Logger LOG = LoggerFactory.getLogger(BotAssembly.class);
    /** How long a group admin's status from getChatMember is trusted. */
    static final Duration ADMIN_STATUS_TTL = Duration.ofMinutes(1);

    private final AtomicReference<FaqBot> core;
    private final Community community;
    private final AnswerListener listener;
    private final Clock clock;
    // The admin rules of the conversation built last, asked whether a command may wait on getChatMember.
    private final AtomicReference<Optional<AdminCheck>> admins = new AtomicReference<>(Optional.empty());

    /**
     * The data folder opened: its state file (outbox, handled updates, settings, unanswered log) and
     * the /stats counters saved in it. Opening creates the folder, so {@code run} does it only after
     * the token is accepted.
     *
     * @param state the state file, {@code state.db}
     * @param stats the counters behind /stats and /metrics alike
     */
    public record DataFolder(StateDb state, StatsStore stats) {
        public DataFolder {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(stats, "stats");
        }

        /** Opens (or creates) the configuration's data folder and the state file in it, migrating it if needed. */
        public static DataFolder open(BotConfig config, Clock clock) throws IOException {
            StateDb state = StateDb.open(config.dataDir());
            try {
                return new DataFolder(state, StatsStore.open(state, clock));
            } catch (IOException | RuntimeException e) {
                state.close();
                throw e;
            }
        }
    }

    /**
     * @param core      the FAQ core, read for every message; {@code community.reloader()} swaps this same reference
     * @param community the configuration and the data folder's stores
     * @param listener  also told about every answered question, e.g. by tests; {@link AnswerListener#NONE} for none
     * @param clock     for pacing, flood control, the listen cooldown and the admin-status cache
     */
    public BotAssembly(AtomicReference<FaqBot> core, Community community, AnswerListener listener, Clock clock) {
        this.core = Objects.requireNonNull(core, "core");
        this.community = Objects.requireNonNull(community, "community");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(core.get(), "core holds no bot");
    }

    /**
     * The community services of a configuration: the data folder's state file with the settings, the
     * unanswered log and the saved statistics, and reloading {@code reloadFolder} into {@code core}.
     *
     * @param reloadFolder the FAQ folder in service; empty when the FAQ built into the jar is
     * @throws IOException when the data folder cannot be used
     */
    public static Community community(BotConfig config, AtomicReference<FaqBot> core, Optional<Path> reloadFolder, Clock clock)
            throws IOException {
        return community(config, core, reloadFolder, DataFolder.open(config, clock), BotMetrics.NONE, clock);
    }

    /**
     * As above, in a data folder already open, with every reload reported to {@code metrics}.
     *
     * @param data the state file and the counters the metrics read too
     */
    public static Community community(BotConfig config, AtomicReference<FaqBot> core, Optional<Path> reloadFolder, DataFolder data,
                                      BotMetrics metrics, Clock clock) throws IOException {
        return new Community(config, SettingsStore.open(data.state(), config.dataDir()),
                UnansweredLog.open(data.state(), config.dataDir(), config.unanswered().maxRecords(), clock), data.stats(),
                new FaqReloader(reloadFolder, config.matchSettings(), core, r -> metrics.reloaded(!(r instanceof FaqReloader.Result.Refused))),
                data.state());
    }

    /** The community services this bot runs with: configuration, settings, stats, unanswered log, reload. */
    public Community community() {
        return community;
    }

    /** The conversation for a bot called {@code username}, with the community's settings, admin commands and recorders. */
    public Conversation conversation(String username, boolean seesAllGroupMessages, AdminCheck.StatusLookup members) {
        return conversation(username, seesAllGroupMessages, members, BotMetrics.NONE);
    }

    /** As above, with every counted 👍 / 👎 reported to {@code metrics}. */
    public Conversation conversation(String username, boolean seesAllGroupMessages, AdminCheck.StatusLookup members, BotMetrics metrics) {
        BotConfig c = community.config();
        FloodGuard flood = new FloodGuard(clock, FloodGuard.Settings.of(c.flood()), 200_000);
        ChatPolicy policy = new ChatPolicy(community.settings()::get, c.defaultLang(),
                Optional.of(new Listening(c.listenMatchSettings(), Duration.ofSeconds(c.listenCooldownSeconds()), clock)));
        AdminCheck check = new AdminCheck(members, c::isAdmin, clock, ADMIN_STATUS_TTL);
        admins.set(Optional.of(check));
        CommandHook commands = new AdminCommands(core, community.settings(), c.defaultLang(), check, community.stats(),
                community.reloader(), seesAllGroupMessages);
        // Votes live in the state file beside the unanswered log; a feedback.json of an earlier version is imported once.
        FeedbackCounter votes = new FeedbackCounter(DbFeedback.open(community.state(), c.dataDir(), clock),
                v -> metrics.feedback(v == Vote.HELPFUL ? "helpful" : "not_helpful"));
        Engagement engagement = new Engagement(Optional.of(votes), community.stats()::recordInlineChoice);
        return new Conversation(core, new Addressing(username), flood, both(community.recorder(), listener), commands, policy, engagement);
    }

    /** Connects to Telegram and starts answering; see {@link TelegramBot#start}. */
    public TelegramBot startTelegram(TelegramConfig telegram) throws StartupException {
        return startTelegram(telegram, BotMetrics.NONE);
    }

    /** As above, reporting updates, polls, 429s, retries and the send queue to {@code metrics}. */
    public TelegramBot startTelegram(TelegramConfig telegram, BotMetrics metrics) throws StartupException {
        Objects.requireNonNull(metrics, "metrics");
        return TelegramBot.start(telegram, new TelegramBot.Wiring() {
            @Override
            public Conversation conversation(TelegramBot.Connected me) {
                warnIfListenCannotWork(me.seesAllGroupMessages());
                return BotAssembly.this.conversation(me.username(), me.seesAllGroupMessages(), me.members(), metrics);
            }

            @Override
            public boolean adminMenu() {
                return true;
            }

            @Override
            public BotMetrics metrics() {
                return metrics;
            }

            @Override
            public StateDb state() {
                return community.state();
            }

            @Override
            public boolean mayAskTelegram(long chatId, long userId) {
                return admins.get().map(a -> a.mayNeedLookup(chatId, userId)).orElse(false);
            }
        }, clock);
    }

    /**
     * The conversation the terminal chat talks to: the same rules and replies as a private Telegram
     * chat, with the language the user chose and no data folder (nothing typed there is stored).
     */
    public static Conversation terminal(AtomicReference<FaqBot> core, LangMode lang) {
        ChatPolicy policy = new ChatPolicy(id -> GroupSettings.DEFAULTS, lang, Optional.empty());
        return new Conversation(core, new Addressing(""), new FloodGuard(Clock.systemUTC()), AnswerListener.NONE,
                CommandHook.NONE, policy);
    }

    /** The Telegram settings for {@code run}: the token, the server, the configured send limits and outbox age. */
    public static TelegramConfig telegramConfig(String token, java.net.URI apiUrl, BotConfig config) {
        return TelegramConfig.of(token, apiUrl).withLimits(Pacer.Limits.of(config.rateLimits()))
                .withOutboxMaxAge(Duration.ofMinutes(config.outbox().maxAgeMinutes()));
    }

    private void warnIfListenCannotWork(boolean seesAllGroupMessages) {
        long listening = community.settings().configuredChats().values().stream().filter(GroupSettings::listen).count();
        if (listening > 0 && !seesAllGroupMessages) {
            LOG.warn("listen mode is on in {} chat(s), but the bot's privacy mode is on, so Telegram sends it only messages that "
                    + "address it: send /setprivacy to @BotFather, choose Disable, then remove and re-add the bot to those groups", listening);
        }
    }

    private static AnswerListener both(AnswerListener first, AnswerListener second) {
        return event -> {
            try {
                first.answered(event);
            } finally {
                second.answered(event);
            }
        };
    }

}
