package faqbot.cli;

import faqbot.telegram.send.Backoff;
import faqbot.telegram.StartupException;
import faqbot.telegram.TelegramBot;
import faqbot.telegram.TelegramConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits at start for a Bot API server that cannot be reached yet (network not up after a reboot,
 * DNS down, a 5xx), retrying with backoff for the configured time before giving up with an exit
 * code systemd restarts on; a rejected token or a bad URL stops at once, because waiting cannot fix it.
 */
final class ServerWait {
    private static final Logger LOG = LoggerFactory.getLogger(ServerWait.class);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private ServerWait() {
    }

    /**
     * Calls getMe until it answers or {@code retryFor} has passed.
     *
     * @return whether the bot's privacy mode is on
     */
    static boolean connect(TelegramConfig config, Duration retryFor) throws Main.SetupException, InterruptedException {
        long deadline = System.nanoTime() + retryFor.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                return TelegramBot.probe(config);
            } catch (StartupException e) {
                long left = deadline - System.nanoTime();
                if (!e.retryable() || left <= 0) {
                    throw failure(e, attempt + 1, retryFor);
                }
                long wait = Math.min(BACKOFF.millis(attempt), Duration.ofNanos(left).toMillis() + 1);
                LOG.warn("{}; trying again in {} ms (gives up after {} s in all)", e.getMessage(), wait, retryFor.toSeconds());
                Thread.sleep(wait);
            }
        }
    }

    /** The exit code and one line for a start-up problem. */
    static Main.SetupException failure(StartupException e, int attempts, Duration retryFor) {
        String tried = attempts > 1 ? " (tried " + attempts + " times in " + retryFor.toSeconds() + " s)" : "";
        return switch (e.reason()) {
            case TOKEN_REJECTED -> new Main.SetupException(ExitCodes.TOKEN_REJECTED, e.getMessage());
            case UNREACHABLE -> new Main.SetupException(ExitCodes.UNAVAILABLE, e.getMessage() + tried);
            case SERVER_ERROR -> new Main.SetupException(ExitCodes.TEMPORARY, e.getMessage() + tried);
            case CONFIG -> new Main.SetupException(ExitCodes.CONFIG, e.getMessage());
        };
    }
}
