package faqbot.telegram;

import faqbot.config.BotConfig;
import faqbot.core.FaqReloader;
import faqbot.store.SettingsStore;
import faqbot.store.StateDb;
import faqbot.store.Stats;
import faqbot.store.UnansweredLog;
import java.util.Objects;

/**
 * What running the bot for a community adds to answering questions: the operator's configuration
 * (admins, default language, listen mode, flood limits), the chats' stored settings, statistics,
 * the unanswered-questions log and FAQ reloading.
 *
 * @param config     the validated configuration
 * @param settings   per-chat settings in the data folder
 * @param unanswered the unanswered-questions log in the data folder
 * @param stats      counters since start, for /stats
 * @param reloader   reloads the FAQ folder into the core the bot reads
 * @param state      the state file in the data folder, which holds the outbox and the handled updates
 */
public record Community(BotConfig config, SettingsStore settings, UnansweredLog unanswered, Stats stats, FaqReloader reloader,
                        StateDb state) {
    public Community {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(unanswered, "unanswered");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(reloader, "reloader");
    }
}
