package faqbot.cli;

import faqbot.config.BotConfig;
import faqbot.core.FaqBot;
import faqbot.core.FaqReloader;
import faqbot.store.SettingsStore;
import faqbot.store.StateDb;
import faqbot.store.StatsStore;
import faqbot.store.UnansweredLog;
import faqbot.telegram.AnswerListener;
import faqbot.telegram.Community;
import faqbot.telegram.Pacer;
import faqbot.telegram.StartupException;
import faqbot.telegram.TelegramBot;
import faqbot.telegram.TelegramConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Starts the Telegram bot (long polling) and keeps it running until SIGTERM or Ctrl-C, which stop
 * it gracefully with exit code 0; SIGHUP reloads the FAQ folder. The token never comes from the
 * command line, where {@code ps} shows it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot (long polling) until stopped with SIGTERM or Ctrl-C; SIGHUP reloads the FAQ folder.",
                "The token comes from TELEGRAM_BOT_TOKEN or --token-file, never the command line.",
                "TELEGRAM_API_URL or --api-url points it at another Bot API server (default https://api.telegram.org)."})
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @ParentCommand
    Main main;

    @Option(names = "--token-file", paramLabel = "PATH", description = "Read the bot token from this file (first line).")
    Path tokenFile;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "Bot API server, e.g. http://127.0.0.1:8081 (default: TELEGRAM_API_URL, else https://api.telegram.org).")
    String apiUrl;

    @Override
    public Integer call() throws Exception {
        BotConfig config = main.config();
        AtomicReference<FaqBot> core = new AtomicReference<>(main.loadBot());
        String token = token();
        URI url;
        TelegramBot bot;
        try {
            TelegramConfig.checkToken(token);
            url = apiUrl();
        } catch (StartupException e) {
            throw new Main.SetupException(e.getMessage());
        }
        SettingsStore settings;
        StateDb state;
        try {
            state = StateDb.open(config.dataDir());
            settings = SettingsStore.open(state, config.dataDir());
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString();
            throw new Main.SetupException("cannot use the data folder " + config.dataDir().toAbsolutePath() + " (" + why
                    + "): set dataDir or FAQBOT_DATA_DIR to a writable folder");
        }
        FaqReloader reloader = new FaqReloader(reloadFolder(), config.matchSettings(), core);
        StatsStore stats;
        try {
            stats = StatsStore.open(state, Clock.systemUTC());
        } catch (IOException e) {
            throw new Main.SetupException(e.getMessage());
        }
        Community community = new Community(config, settings,
                UnansweredLog.open(state, config.dataDir(), config.unanswered().maxRecords(), Clock.systemUTC()), stats.stats(), reloader, state);
        try {
            bot = TelegramBot.start(TelegramConfig.of(token, url).withLimits(limits(config.rateLimits()))
                            .withOutboxMaxAge(java.time.Duration.ofMinutes(config.outbox().maxAgeMinutes())), core, community,
                    AnswerListener.NONE, Clock.systemUTC());
        } catch (StartupException e) {
            throw new Main.SetupException(e.getMessage());
        }
        reloadOnHangup(reloader);
        Thread hook = new Thread(() -> {
            // SIGTERM or Ctrl-C: finish the received updates, then exit 0 rather than the JVM's 143.
            if (bot.stop()) {
                stats.close();
                Runtime.getRuntime().halt(0);
            }
        }, "faqbot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = bot.awaitTermination();
        stats.close();
        return code;
    }

    /** The folder a reload reads: the one in service, or empty when the FAQ built into the jar is in service. */
    private Optional<Path> reloadFolder() throws Main.SetupException {
        Path folder = main.faqFolder();
        if (folder == null && FaqSource.usesLocalFolder()) {
            folder = FaqSource.LOCAL;
        }
        return Optional.ofNullable(folder).map(Path::toAbsolutePath);
    }

    /** The configured send limits as the pacer's arithmetic. */
    static Pacer.Limits limits(BotConfig.RateLimits r) {
        return new Pacer.Limits((1000L + r.perChatPerSecond() - 1) / r.perChatPerSecond(), r.perGroupPerMinute(), r.globalPerSecond());
    }

    /**
     * SIGHUP (what {@code systemctl reload} sends) reloads the FAQ folder; the result goes to the log.
     * sun.misc.Signal is not on every JVM, so without it the bot still runs, just without SIGHUP.
     */
    private static void reloadOnHangup(FaqReloader reloader) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> {
                // Not on the signal's own thread: loading a folder may take a moment.
                Thread t = new Thread(() -> {
                    try {
                        TelegramBot.logReload(reloader.reload(), "SIGHUP");
                    } catch (RuntimeException e) {
                        LOG.error("SIGHUP: reload failed, the previous FAQ stays in service: {}", e.toString());
                    }
                }, "faqbot-reload");
                t.setDaemon(true);
                t.start();
            });
        } catch (Throwable e) {
            LOG.warn("SIGHUP cannot be handled on this platform ({}); use /reload in a private chat to reload the FAQ", e.toString());
        }
    }

    private String token() throws Main.SetupException {
        if (tokenFile != null) {
            try {
                String first = Files.readString(tokenFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                if (first.isBlank()) {
                    throw new Main.SetupException("the token file " + tokenFile + " is empty");
                }
                return first.strip();
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "unreadable";
                throw new Main.SetupException("cannot read the token file " + tokenFile + " (" + why + ")");
            }
        }
        String env = main.env.get("TELEGRAM_BOT_TOKEN");
        return env == null ? null : env.strip();
    }

    private URI apiUrl() throws StartupException {
        String url = apiUrl != null ? apiUrl : main.env.get("TELEGRAM_API_URL");
        return url == null || url.isBlank() ? TelegramConfig.TELEGRAM : TelegramConfig.parseApiUrl(url);
    }
}
