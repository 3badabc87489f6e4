package faqbot.match;

import java.util.regex.Pattern;

/**
 * Finds a pasted link or @handle in a question before normalising removes the dots and the '@',
 * because "is cash-fast.example.com legit?" is a question about a service whatever words surround it.
 */
final class Links {
    /** The concept the matcher marks as found when a question has a link or handle, e.g. {@code @link}. */
    static final String CONCEPT = "link";
    // A scheme, www., t.me/..., a host name ending in a common top-level domain, or an @handle opening a
    // word: 5 to 32 letters, digits or '_' like a Telegram username, and not a bot's ("@faq_bot", "@bot"
    // address the bot, they do not point to a service).
    private static final Pattern LINK = Pattern.compile(
            "https?://|www\\.|\\bt\\.me/|\\b[a-z0-9-]+\\.(?:com|net|org|kr|io|me|co|xyz|shop|site|link|app)\\b"
            + "|(?:^|[\\s(\"'])@(?![a-z0-9_]*bot\\b)[a-z0-9_]{5,32}\\b",
            Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    static boolean in(String raw) {
        return raw != null && LINK.matcher(raw).find();
    }
}
