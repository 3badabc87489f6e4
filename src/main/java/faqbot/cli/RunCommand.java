package faqbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Starts the Telegram bot (long polling). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot. The token comes from TELEGRAM_BOT_TOKEN or --token-file, never the command line."})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        main.loadBot();
        main.err.println("faqbot: the Telegram bot is not built yet; use 'chat' or 'ask' meanwhile.");
        return 1;
    }
}
