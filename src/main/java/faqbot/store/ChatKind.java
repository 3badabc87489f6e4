package faqbot.store;

import java.util.Locale;

/** Where a question was asked, the only trace of the chat the unanswered log keeps (never its id or title). */
public enum ChatKind {
    PRIVATE, GROUP, TERMINAL;

    /** Maps Telegram's chat type ("private", "group", "supergroup", "channel") to a kind; anything but private counts as a group. */
    public static ChatKind fromTelegramType(String type) {
        return "private".equals(type) ? PRIVATE : GROUP;
    }

    /** The lowercase word written to the log, e.g. {@code "group"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
