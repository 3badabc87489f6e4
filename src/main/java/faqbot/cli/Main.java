package faqbot.cli;

import faqbot.config.BotConfig;
import faqbot.config.ConfigException;
import faqbot.config.ConfigLoader;
import faqbot.core.FaqBot;
import faqbot.faq.FaqException;
import faqbot.faq.FaqProblem;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The single entry point of the jar; with no subcommand it starts the Telegram bot when a token is
 * set and the terminal chat otherwise, so a newcomer's first run always does something useful.
 */
@Command(name = "faqbot", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Answers questions about cashing in small mobile payments (휴대폰 소액결제 현금화) from an FAQ,",
                "with the legal and scam warnings on every reply.",
                "With no command: the Telegram bot if TELEGRAM_BOT_TOKEN is set, else a chat in this terminal."},
        subcommands = {ChatCommand.class, AskCommand.class, CheckCommand.class, EvalCommand.class, RunCommand.class,
                ReportCommand.class, SuggestCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit code when the FAQ (or other start-up input) cannot be used. */
    static final int EXIT_BAD_SETUP = 2;

    @Option(names = "--faq", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "FAQ folder to use (default: ./faq when present, else the FAQ built into the jar).")
    Path faqDir;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Config file (default: $FAQBOT_CONFIG, else built-in defaults; see docs/operations.md).")
    Path configFile;

    private BotConfig config;

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
        int code = new Main(Console.in(), Console.out(), Console.err(), System.getenv()).execute(args);
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; the seam the tests use. */
    int execute(String... args) {
        CommandLine cl = new CommandLine(this).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof FaqException fe) {
                err.println("faqbot: cannot use the FAQ (" + (faqDir == null ? "default" : faqDir) + "):");
                for (FaqProblem p : fe.problems()) {
                    err.println("  - " + p);
                }
                return EXIT_BAD_SETUP;
            }
            if (ex instanceof SetupException se) {
                err.println("faqbot: " + se.getMessage());
                return EXIT_BAD_SETUP;
            }
            err.println("faqbot: unexpected error: " + ex);
            return 1;
        });
        return cl.execute(args);
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
                config = new ConfigLoader().load(Optional.ofNullable(configFile), env);
            } catch (ConfigException e) {
                throw new SetupException("bad configuration: " + e.getMessage());
            }
        }
        return config;
    }

    /** The FAQ folder: {@code --faq} first, then the configured one, else the default lookup. */
    Path faqFolder() throws SetupException {
        return faqDir != null ? faqDir : config().faqDir().orElse(null);
    }

    FaqBot loadBot() throws FaqException, SetupException {
        return new FaqBot(FaqSource.load(faqFolder()), config().matchSettings());
    }

    /** A start-up problem (bad config, missing token) reported as one clear line with exit code 2. */
    static final class SetupException extends Exception {
        SetupException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"faqbot " + (v == null ? "dev" : v)};
        }
    }
}
