package faqbot.chat.admin;

import faqbot.chat.AnswerListener;
import faqbot.config.BotConfig;
import faqbot.core.ChatKind;
import faqbot.core.FaqReloader;
import faqbot.store.SettingsStore;
import faqbot.store.StateDb;
import faqbot.store.Stats;
import faqbot.store.StatsStore;
import faqbot.store.UnansweredLog;
import java.util.Objects;

/**
 * What running the bot for a community adds to answering questions: the operator's configuration
 * (admins, default language, listen mode, flood limits), the chats' stored settings, statistics,
 * the unanswered-questions log and FAQ reloading, all kept in the data folder's one state file.
 *
 * @param config     the validated configuration
 * @param settings   per-chat settings in the data folder
 * @param unanswered the unanswered-questions log in the data folder
 * @param savedStats the counters behind /stats and /metrics, saved in the state file
 * @param reloader   reloads the FAQ folder into the core the bot reads
 * @param state      the state file in the data folder, which also holds the outbox and the handled updates
 */
public record Community(BotConfig config, SettingsStore settings, UnansweredLog unanswered, StatsStore savedStats,
                        FaqReloader reloader, StateDb state) implements AutoCloseable {
    public Community {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(unanswered, "unanswered");
        Objects.requireNonNull(savedStats, "savedStats");
        Objects.requireNonNull(reloader, "reloader");
        Objects.requireNonNull(state, "state");
    }

    /** The live counters for /stats, counting on from those saved by earlier runs. */
    public Stats stats() {
        return savedStats.stats();
    }

    /** Saves the counters a last time and closes the state file; after the bot has stopped. */
    @Override
    public void close() {
        savedStats.close();
        state.close();
    }

    /** Counts every answered question and logs the unmatched ones of chats that did not opt out; never ids. */
    public AnswerListener recorder() {
        return event -> {
            stats().record(event.answer().match());
            // Listen-mode answers are never logged: nobody asked the bot, and they are strong matches anyway.
            if (!event.listened() && settings.get(event.chatId()).logUnanswered()) {
                // Only private or group is logged: nothing that could tell chats apart.
                unanswered.record(event.answer().match(), event.chatKind() == ChatKind.PRIVATE ? ChatKind.PRIVATE : ChatKind.GROUP);
            }
        };
    }
}
