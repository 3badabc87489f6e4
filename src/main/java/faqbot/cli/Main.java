package faqbot.cli;

import faqbot.config.BotConfig;
import faqbot.config.ConfigException;
import faqbot.config.ConfigLoader;
import faqbot.core.FaqBot;
import faqbot.core.FaqCheck;
import faqbot.faq.FaqException;
import faqbot.faq.FaqProblem;
import faqbot.text.Messages;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The single entry point of the jar; with no subcommand it starts the Telegram bot when a token is
 * set and the terminal chat otherwise, so a newcomer's first run always does something useful.
 */
@Command(name = "faqbot", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        exitCodeListHeading = "%nExit codes (sysexits):%n", exitCodeList = {
            "0:done (or stopped with SIGTERM / Ctrl-C)",
            "1:check found problems, eval below its bar or with unreadable lines",
            "64:usage: wrong command line or unreadable input file",
            "65:the FAQ cannot be used",
            "69:Bot API server unreachable for the whole retry time (systemd restarts)",
            "70:internal error (a bug)",
            "75:Bot API server answered only errors for the whole retry time (systemd restarts)",
            "77:the token was rejected",
            "78:bad configuration (file, FAQBOT_* variables, token missing, data folder)"},
        description = {"Answers questions about cashing in small mobile payments (휴대폰 소액결제 현금화) from an FAQ,",
                "with the legal and scam warnings on every reply.",
                "With no command: the Telegram bot if TELEGRAM_BOT_TOKEN is set, else a chat in this terminal."},
        subcommands = {ChatCommand.class, AskCommand.class, CheckCommand.class, EvalCommand.class, RunCommand.class,
                ReportCommand.class, SuggestCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit code when the configuration or other start-up input cannot be used; see {@link ExitCodes}. */
    static final int EXIT_BAD_SETUP = ExitCodes.CONFIG;

    @Option(names = "--faq", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "FAQ folder to use (default: ./faq when present, else the FAQ built into the jar).")
    Path faqDir;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Config file (default: $FAQBOT_CONFIG, else built-in defaults; see docs/operations.md).")
    Path configFile;

    private BotConfig config;
    private final ConfigLoader loader = new ConfigLoader();

    final BufferedReader in;
    final PrintStream out;
    final PrintStream err;
    final Map<String, String> env;

    Main(BufferedReader in, PrintStream out, PrintStream err, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        faqbot.ops.Logs.configure(System.getenv());
        int code = new Main(Console.in(), Console.out(), Console.err(), System.getenv()).execute(args);
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; the seam the tests use. */
    int execute(String... args) {
        try {
            // Every command may print the bot's sentences: an incomplete catalog stops them all at start, as a bad FAQ does.
            Messages.bundled();
        } catch (Messages.CatalogException e) {
            err.println("faqbot: the message catalog is broken:");
            e.problems().forEach(p -> err.println("  - " + p));
            return EXIT_BAD_SETUP;
        }
        CommandLine cl = new CommandLine(this).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // -V on every command, and usage errors as EX_USAGE instead of picocli's 2.
        BuildInfo version = new BuildInfo();
        for (CommandLine c : commands(cl)) {
            c.getCommandSpec().versionProvider(version);
            c.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
            c.getCommandSpec().exitCodeOnExecutionException(ExitCodes.SOFTWARE);
        }
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof FaqException fe) {
                err.println("faqbot: cannot use the FAQ (" + (faqDir == null ? "default" : faqDir) + "):");
                for (FaqProblem p : fe.problems()) {
                    err.println("  - " + p);
                }
                return ExitCodes.DATA;
            }
            if (ex instanceof SetupException se) {
                err.println("faqbot: " + se.getMessage());
                return se.exitCode();
            }
            err.println("faqbot: unexpected error: " + ex);
            return ExitCodes.SOFTWARE;
        });
        return cl.execute(args);
    }

    private static java.util.List<CommandLine> commands(CommandLine root) {
        java.util.List<CommandLine> all = new java.util.ArrayList<>(java.util.List.of(root));
        root.getSubcommands().values().forEach(c -> all.addAll(commands(c)));
        return all;
    }

    @Override
    public Integer call() throws Exception {
        String token = env.get("TELEGRAM_BOT_TOKEN");
        if (token != null && !token.isBlank()) {
            RunCommand run = new RunCommand();
            run.main = this;
            return run.call();
        }
        ChatCommand chat = new ChatCommand();
        chat.main = this;
        return chat.call();
    }

    /** The configuration (file, then FAQBOT_* environment), loaded once; a bad value stops the command with exit 2. */
    BotConfig config() throws SetupException {
        if (config == null) {
            try {
                config = loader.load(Optional.ofNullable(configFile), env);
                faqbot.ops.Logs.apply(config.ops().logLevel(), config.ops().logFormat());
            } catch (ConfigException e) {
                throw new SetupException("bad configuration: " + e.getMessage());
            }
        }
        return config;
    }

    /** The loader, after {@link #config()}: where each value came from and which variables it ignored. */
    ConfigLoader configLoader() {
        return loader;
    }

    /** The FAQ folder: {@code --faq} first, then the configured one, else the default lookup. */
    Path faqFolder() throws SetupException {
        return faqDir != null ? faqDir : config().faqDir().orElse(null);
    }

    FaqBot loadBot() throws FaqException, SetupException {
        // The same checks as check and reload: an example that no longer selects its entry stops the start.
        return new FaqBot(FaqCheck.requireFit(FaqSource.load(faqFolder()), config().matchSettings()), config().matchSettings());
    }

    /** A start-up problem (bad config, missing token, server unreachable) reported as one clear line with its exit code. */
    static final class SetupException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        /** A configuration problem: {@link ExitCodes#CONFIG}. */
        SetupException(String message) {
            this(ExitCodes.CONFIG, message);
        }

        SetupException(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }
}
