package faqbot.chat.admin;

import faqbot.chat.AnswerListener;
import faqbot.config.BotConfig;
import faqbot.core.ChatKind;
import faqbot.core.FaqReloader;
import faqbot.store.SettingsStore;
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
 */
public record Community(BotConfig config, SettingsStore settings, UnansweredLog unanswered, Stats stats, FaqReloader reloader) {
    public Community {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(unanswered, "unanswered");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(reloader, "reloader");
    }

    /** Counts every answered question and logs the unmatched ones of chats that did not opt out; never ids. */
    public AnswerListener recorder() {
        return event -> {
            stats.record(event.answer().match());
            // Listen-mode answers are never logged: nobody asked the bot, and they are strong matches anyway.
            if (!event.listened() && settings.get(event.chatId()).logUnanswered()) {
                // Only private or group is kept: the log says nothing that could tell chats apart.
                // Only private or group is logged: nothing that could tell chats apart.
                unanswered.record(event.answer().match(), event.chatKind() == ChatKind.PRIVATE ? ChatKind.PRIVATE : ChatKind.GROUP);
            }
        };
    }
}
