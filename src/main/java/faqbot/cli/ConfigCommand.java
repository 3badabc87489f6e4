package faqbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code faqbot config check}: validates the configuration without starting anything, for deploy scripts and a nervous operator. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Configuration tools.",
        subcommands = ConfigCommand.Check.class)
final class ConfigCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        main.err.println("faqbot config: say what to do, e.g. faqbot config check");
        return ExitCodes.USAGE;
    }

    /** Loads the file and the environment as {@code run} would and prints the result, secrets masked. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validate the configuration file (--config or FAQBOT_CONFIG) and FAQBOT_* variables,",
                    "then print the effective configuration with where each value came from; secrets are masked.",
                    "Exit 0 when valid, 78 with the problem otherwise."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Override
        public Integer call() throws Main.SetupException {
            Main main = parent.main;
            main.config();
            main.out.println("configuration OK" + (main.configFile != null ? " (" + main.configFile + ")"
                    : main.env.containsKey("FAQBOT_CONFIG") ? " (" + main.env.get("FAQBOT_CONFIG") + ")" : " (no file: defaults and environment)"));
            main.configLoader().effective().forEach(line -> main.out.println("  " + line));
            String token = main.env.get("TELEGRAM_BOT_TOKEN");
            main.out.println("  TELEGRAM_BOT_TOKEN = " + (token == null || token.isBlank() ? "(not set; run needs it or --token-file)" : "*** (set)"));
            String url = main.env.get("TELEGRAM_API_URL");
            main.out.println("  TELEGRAM_API_URL = " + (url == null || url.isBlank() ? "(not set: https://api.telegram.org)" : url.replaceAll("//[^/@]*@", "//***@")));
            main.configLoader().ignoredVariables().forEach(v -> main.out.println("  ignored: " + v + " (not a faqbot setting)"));
            return ExitCodes.OK;
        }
    }
}
