package faqbot.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/** The real bot wiring (real OkHttpTelegramClient) against a {@link FakeBotApi}, with the logs captured. */
final class BotHarness implements AutoCloseable {
    final FakeBotApi api;
    final TelegramBot bot;
    final List<AnswerListener.Event> answered;
    private final ListAppender<ILoggingEvent> logs;

    /** The community services when started with {@link #community}, else null. */
    final Community community;
    /** The core the bot reads for every question (what a reload swaps). */
    final AtomicReference<FaqBot> core;
    private final boolean ownsApi;

    private BotHarness(FakeBotApi api, TelegramBot bot, ListAppender<ILoggingEvent> logs, List<AnswerListener.Event> answered) {
        this(api, bot, logs, answered, null, null, true);
    }

    private BotHarness(FakeBotApi api, TelegramBot bot, ListAppender<ILoggingEvent> logs, List<AnswerListener.Event> answered,
                       Community community, AtomicReference<FaqBot> core, boolean ownsApi) {
        this.api = api;
        this.bot = bot;
        this.logs = logs;
        this.answered = answered;
        this.community = community;
        this.core = core;
        this.ownsApi = ownsApi;
    }

    /**
     * The bot as {@code run} starts it for a community (settings in {@code dataDir}, admin commands,
     * listen mode, stats, unanswered log, reload from {@code faqFolder}) against an existing fake
     * server, which {@link #close()} leaves running so a test can start the bot again on it.
     */
    static BotHarness community(FakeBotApi api, faqbot.config.BotConfig config, Optional<Path> faqFolder, Clock clock)
            throws Exception {
        ListAppender<ILoggingEvent> logs = captureLogs();
        List<AnswerListener.Event> events = new CopyOnWriteArrayList<>();
        AtomicReference<FaqBot> core = new AtomicReference<>(fixtureBot());
        faqbot.store.StateDb state = faqbot.store.StateDb.open(config.dataDir());
        Community community = new Community(config, faqbot.store.SettingsStore.open(state, config.dataDir()),
                faqbot.store.UnansweredLog.open(config.dataDir(), config.unanswered().maxRecords(), clock),
                new faqbot.store.Stats(clock), new faqbot.core.FaqReloader(faqFolder, config.matchSettings(), core), state);
        TelegramBot bot = TelegramBot.start(fastConfig(FakeBotApi.TOKEN, api.url()), core, community, events::add, clock);
        return new BotHarness(api, bot, logs, events, community, core, false);
    }

    static BotHarness start() throws Exception {
        return start(c -> c);
    }

    /** Like {@link #start()}, with the fast test settings changed, e.g. a shorter outbox age limit. */
    static BotHarness start(java.util.function.UnaryOperator<TelegramConfig> change) throws Exception {
        ListAppender<ILoggingEvent> logs = captureLogs();
        FakeBotApi api = new FakeBotApi();
        List<AnswerListener.Event> events = new CopyOnWriteArrayList<>();
        TelegramBot bot = TelegramBot.start(change.apply(fastConfig(FakeBotApi.TOKEN, api.url())), new AtomicReference<>(fixtureBot()),
                events::add, CommandHook.NONE, Clock.systemUTC());
        return new BotHarness(api, bot, logs, events);
    }

    /** Short timeouts and no pacing, so tests finish fast; the pacing itself has its own tests. */
    static TelegramConfig fastConfig(String token, URI url) {
        return TelegramConfig.of(token, url)
                .withPollTimeout(Duration.ofSeconds(1))
                .withDrainTimeout(Duration.ofSeconds(3))
                .withLimits(new Pacer.Limits(0, 1000, 1000))
                .withBackoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)), new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)));
    }

    static FaqBot fixtureBot() {
        try {
            return new FaqBot(new FaqLoader().load(Path.of(BotHarness.class.getResource("/telegram-faq/warnings.json").toURI()).getParent()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the test FAQ", e);
        }
    }

    static ListAppender<ILoggingEvent> captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        return appender;
    }

    static void release(ListAppender<ILoggingEvent> appender) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        appender.stop();
    }

    /** Every captured log line, with its exception chain and stack trace. */
    static List<String> lines(ListAppender<ILoggingEvent> appender) {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
    }

    List<String> logLines() {
        return lines(logs);
    }

    @Override
    public void close() {
        bot.stop();
        if (community != null) {
            community.state().close();
        }
        if (ownsApi) {
            api.close();
        }
        release(logs);
    }
}
