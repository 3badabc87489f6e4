package faqbot.cli;

import faqbot.core.FaqBot;
import faqbot.telegram.AnswerListener;
import faqbot.telegram.CommandHook;
import faqbot.telegram.StartupException;
import faqbot.telegram.TelegramBot;
import faqbot.telegram.TelegramConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Starts the Telegram bot (long polling) and keeps it running until SIGTERM or Ctrl-C, which stop
 * it gracefully with exit code 0. The token never comes from the command line, where {@code ps} shows it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot (long polling) until stopped with SIGTERM or Ctrl-C.",
                "The token comes from TELEGRAM_BOT_TOKEN or --token-file, never the command line.",
                "TELEGRAM_API_URL or --api-url points it at another Bot API server (default https://api.telegram.org)."})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--token-file", paramLabel = "PATH", description = "Read the bot token from this file (first line).")
    Path tokenFile;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "Bot API server, e.g. http://127.0.0.1:8081 (default: TELEGRAM_API_URL, else https://api.telegram.org).")
    String apiUrl;

    @Override
    public Integer call() throws Exception {
        FaqBot core = main.loadBot();
        String token = token();
        URI url;
        TelegramBot bot;
        try {
            TelegramConfig.checkToken(token);
            url = apiUrl();
            bot = TelegramBot.start(TelegramConfig.of(token, url), new AtomicReference<>(core), AnswerListener.NONE,
                    CommandHook.NONE, Clock.systemUTC());
        } catch (StartupException e) {
            throw new Main.SetupException(e.getMessage());
        }
        Thread hook = new Thread(() -> {
            // SIGTERM or Ctrl-C: finish the received updates, then exit 0 rather than the JVM's 143.
            if (bot.stop()) {
                Runtime.getRuntime().halt(0);
            }
        }, "faqbot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return bot.awaitTermination();
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
