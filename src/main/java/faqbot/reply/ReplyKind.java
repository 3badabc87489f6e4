package faqbot.reply;

/** What a reply is, so front ends and statistics can tell answers from fallbacks without parsing text. */
public enum ReplyKind {
    /** An FAQ entry matched (possibly a close call). */
    ANSWER,
    /** Nothing matched well enough: a list of topics instead. */
    FALLBACK,
    /** The greeting for /start or an empty terminal session. */
    START,
    /** How to use the bot. */
    HELP,
    /** The list of topics. */
    TOPICS,
    /** A nudge after a message the bot cannot read (sticker, photo, voice). */
    HINT,
    /** Anything else the bot says on its own: flood notices, settings, admin results. */
    NOTICE
}
