package faqbot.cli;

import faqbot.chat.AnswerListener;
import faqbot.chat.admin.AdminCommands;
import faqbot.chat.admin.Community;
import faqbot.config.BotConfig;
import faqbot.core.FaqBot;
import faqbot.core.FaqReloader;
import faqbot.ops.Logs;
import faqbot.ops.Meters;
import faqbot.ops.MetricsServer;
import faqbot.store.Stats;
import faqbot.telegram.StartupException;
import faqbot.telegram.TelegramBot;
import faqbot.telegram.TelegramConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
        Logs.redact(token);
        TelegramConfig telegram = BotAssembly.telegramConfig(token, url, config);
        // The token is checked (and an unreachable server waited for) before anything is created on disk.
        ServerWait.connect(telegram, Duration.ofSeconds(config.ops().startRetrySeconds()));
        Stats stats = new Stats(Clock.systemUTC());
        Meters meters = new Meters(stats);
        Community community;
        try {
            community = BotAssembly.community(config, core, reloadFolder(), stats, meters, Clock.systemUTC());
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString();
            throw new Main.SetupException("cannot use the data folder " + config.dataDir().toAbsolutePath() + " (" + why
                    + "): set dataDir or FAQBOT_DATA_DIR to a writable folder");
        }
        Optional<MetricsServer> metrics = serveMetrics(config.ops(), meters);
        try {
            bot = new BotAssembly(core, community, AnswerListener.NONE, Clock.systemUTC()).startTelegram(telegram, meters);
        } catch (StartupException e) {
            metrics.ifPresent(MetricsServer::close);
            throw ServerWait.failure(e, 1, Duration.ZERO);
        }
        LOG.info(startLine(config, core.get(), bot.privacyMode(), metrics));
        reloadOnHangup(community.reloader());
        Thread hook = new Thread(() -> {
            // SIGTERM or Ctrl-C: finish the received updates, then exit 0 rather than the JVM's 143.
            if (bot.stop()) {
                Runtime.getRuntime().halt(0);
            }
        }, "faqbot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = bot.awaitTermination();
        metrics.ifPresent(MetricsServer::close);
        return code == 0 ? ExitCodes.OK : ExitCodes.TOKEN_REJECTED;
    }

    /** The one start-up line an operator checks first: which build, which FAQ, where the data goes. */
    static String startLine(BotConfig config, FaqBot core, boolean privacyMode, Optional<MetricsServer> metrics) {
        return BuildInfo.line() + " started: FAQ " + core.faq().source() + " (" + core.faq().entries().size() + " entries), data folder "
                + config.dataDir().toAbsolutePath() + ", " + config.adminIds().size() + " bot admin(s), privacy mode "
                + (privacyMode ? "on" : "off") + ", metrics " + metrics.map(m -> "on " + config.ops().metricsHost() + ":" + m.port()
                + " (/metrics, /healthz)").orElse("off");
    }

    /** Starts /metrics and /healthz when a port is configured. */
    private static Optional<MetricsServer> serveMetrics(BotConfig.Ops ops, Meters meters) throws Main.SetupException {
        if (ops.metricsPort() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(MetricsServer.start(ops.metricsHost(), ops.metricsPort(), meters,
                    Duration.ofSeconds(ops.healthWindowSeconds())));
        } catch (IOException | RuntimeException e) {
            throw new Main.SetupException("cannot serve metrics on " + ops.metricsHost() + ":" + ops.metricsPort() + " (" + e.getMessage()
                    + "): set metricsPort / FAQBOT_METRICS_PORT to a free port, or 0 for none");
        }
    }

    /** The folder a reload reads: the one in service, or empty when the FAQ built into the jar is in service. */
    private Optional<Path> reloadFolder() throws Main.SetupException {
        Path folder = main.faqFolder();
        if (folder == null && FaqSource.usesLocalFolder()) {
            folder = FaqSource.LOCAL;
        }
        return Optional.ofNullable(folder).map(Path::toAbsolutePath);
    }

    /**
     * SIGHUP (what {@code systemctl reload} sends) reloads the FAQ folder; the result goes to the log.
     * sun.misc.Signal is not on every JVM, so without it the bot still runs, just without SIGHUP.
     */
    private static void reloadOnHangup(FaqReloader reloader) {
        try {
            Signals.onHangup(() -> {
                // Not on the signal's own thread: loading a folder may take a moment.
                Thread t = new Thread(() -> {
                    try {
                        AdminCommands.log(reloader.reload(), "SIGHUP");
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
