package faqbot.telegram;

import java.util.Locale;

/** Where a message came from, because private chats and groups follow different rules (answer all vs. only when addressed). */
public enum ChatKind {
    PRIVATE, GROUP, SUPERGROUP, CHANNEL;

    /** Maps Telegram's chat type, e.g. "supergroup"; anything unknown is treated as a channel, which the bot ignores. */
    public static ChatKind of(String telegramType) {
        if (telegramType == null) {
            return CHANNEL;
        }
        return switch (telegramType.toLowerCase(Locale.ROOT)) {
            case "private" -> PRIVATE;
            case "group" -> GROUP;
            case "supergroup" -> SUPERGROUP;
            default -> CHANNEL;
        };
    }

    /** Groups and supergroups share the group rules (addressing, flood control, 20 messages a minute). */
    public boolean isGroup() {
        return this == GROUP || this == SUPERGROUP;
    }

    /** The lowercase name used in logs, e.g. "supergroup". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
