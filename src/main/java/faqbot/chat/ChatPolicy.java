package faqbot.chat;

import faqbot.config.LangMode;
import faqbot.faq.Lang;
import faqbot.store.GroupSettings;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What the conversation needs from the chats' stored settings (reply language, listen mode), kept as
 * a lookup so the rules are tested without a data folder.
 *
 * @param settings    a chat's settings by chat id, e.g. {@code store::get}
 * @param defaultLang the configured language where a chat chose none, e.g. AUTO
 * @param listening   the listen-mode rules; empty when no chat may use listen mode
 */
public record ChatPolicy(LongFunction<GroupSettings> settings, LangMode defaultLang, Optional<Listening> listening) {
    /** No stored settings: automatic language, listen mode off everywhere. */
    public static final ChatPolicy DEFAULTS = new ChatPolicy(id -> GroupSettings.DEFAULTS, LangMode.AUTO, Optional.empty());

    public ChatPolicy {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(defaultLang, "defaultLang");
        Objects.requireNonNull(listening, "listening");
    }

    /** The chat's settings; never null, even if the lookup misbehaves. */
    public GroupSettings of(long chatId) {
        GroupSettings s = settings.apply(chatId);
        return s == null ? GroupSettings.DEFAULTS : s;
    }

    /** The language the chat imposes on replies (its own choice, else the configured default); empty for auto. */
    public Optional<Lang> forcedLang(long chatId) {
        return of(chatId).effectiveLang(defaultLang).forced();
    }
}
