package faqbot.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import faqbot.chat.AnswerListener;
import faqbot.chat.admin.Community;
import faqbot.cli.BotAssembly;
import faqbot.config.BotConfig;
import faqbot.config.ConfigLoader;
import faqbot.core.FaqBot;
import faqbot.telegram.send.Backoff;
import faqbot.telegram.send.Pacer;
import faqbot.testing.TestFaq;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/** The real bot wiring (real OkHttpTelegramClient) against a {@link FakeBotApi}, with the logs captured. */
public final class BotHarness implements AutoCloseable {
    public final FakeBotApi api;
    public final TelegramBot bot;
    final List<AnswerListener.Event> answered;
    private final ListAppender<ILoggingEvent> logs;

    /** The community services: settings, stats, unanswered log, reload. */
    final Community community;
    /** The core the bot reads for every question (what a reload swaps). */
    final AtomicReference<FaqBot> core;
    private final boolean ownsApi;

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
     * The bot as {@code run} starts it (settings in {@code dataDir}, admin commands, listen mode, stats,
     * unanswered log, reload from {@code faqFolder}), through the same composition root, against an
     * existing fake server, which {@link #close()} leaves running so a test can start the bot again on it.
     */
    public static BotHarness community(FakeBotApi api, BotConfig config, Optional<Path> faqFolder, Clock clock) throws Exception {
        return start(api, config, faqFolder, clock, false);
    }

    /** The bot with the default configuration and a fresh data folder, against its own fake server. */
    static BotHarness start() throws Exception {
        return start(new FakeBotApi(), defaults(), Optional.empty(), Clock.systemUTC(), true);
    }

    /** The default configuration as run loads it, with a fresh data folder. */
    public static BotConfig defaults() throws Exception {
        return new ConfigLoader().load(Optional.empty(),
                Map.of("FAQBOT_DATA_DIR", Files.createTempDirectory("faqbot-test-data").toString()));
    }

    /** The composition root for a bot answering from {@code core}, with the community services of {@code config}. */
    static BotAssembly assembly(AtomicReference<FaqBot> core, BotConfig config, Optional<Path> faqFolder, Clock clock,
                                AnswerListener listener) throws Exception {
        return new BotAssembly(core, BotAssembly.community(config, core, faqFolder, clock), listener, clock);
    }

    private static BotHarness start(FakeBotApi api, BotConfig config, Optional<Path> faqFolder, Clock clock, boolean ownsApi)
            throws Exception {
        ListAppender<ILoggingEvent> logs = captureLogs();
        List<AnswerListener.Event> events = new CopyOnWriteArrayList<>();
        AtomicReference<FaqBot> core = new AtomicReference<>(TestFaq.bot());
        BotAssembly assembly = assembly(core, config, faqFolder, clock, events::add);
        TelegramBot bot = assembly.startTelegram(fastConfig(FakeBotApi.TOKEN, api.url()));
        return new BotHarness(api, bot, logs, events, assembly.community(), core, ownsApi);
    }

    /** Short timeouts and no pacing, so tests finish fast; the pacing itself has its own tests. */
    static TelegramConfig fastConfig(String token, URI url) {
        return TelegramConfig.of(token, url)
                .withPollTimeout(Duration.ofSeconds(1))
                .withDrainTimeout(Duration.ofSeconds(3))
                .withLimits(new Pacer.Limits(0, 1000, 1000))
                .withBackoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)), new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)));
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
        if (ownsApi) {
            api.close();
        }
        release(logs);
    }
}
