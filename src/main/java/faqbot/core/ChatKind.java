package faqbot.core;

import java.util.Locale;

/**
 * Where a message came from, because private chats and groups follow different rules (answer all
 * vs. only when addressed); the one definition shared by the conversation, the stores and every front end.
 */
public enum ChatKind {
    PRIVATE, GROUP, SUPERGROUP, CHANNEL;

    /** Groups and supergroups share the group rules (addressing, flood control, 20 messages a minute). */
    public boolean isGroup() {
        return this == GROUP || this == SUPERGROUP;
    }

    /** The lowercase name used in logs and files, e.g. "supergroup". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
