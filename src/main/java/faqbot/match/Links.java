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
        return raw != null && mayHaveLink(raw) && LINK.matcher(raw).find();
    }

    /** The pattern alone, without the quick test; the two must always agree. */
    static boolean patternFinds(String raw) {
        return LINK.matcher(raw).find();
    }

    /**
     * False only when the pattern cannot match: every link has "://", an '@', or a dot after an
     * ASCII letter, digit or '-' ("www.", "t.me/", "host.com") followed by a letter or, for "www.",
     * anything. The regex tries each position of a 4,096-character message and costs more than the
     * rest of the matching together, while nearly no question has any of these.
     */
    static boolean mayHaveLink(String raw) {
        // String.indexOf runs over the text many chars at a time; only the dots are looked at one by one.
        if (raw.indexOf('@') >= 0 || raw.contains("://")) {
            return true;
        }
        int n = raw.length();
        for (int i = raw.indexOf('.', 1); i > 0; i = raw.indexOf('.', i + 1)) {
            char before = raw.charAt(i - 1);
            if (isHostChar(before) && (i + 1 < n && isAsciiLetter(raw.charAt(i + 1)) || before == 'w' || before == 'W')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isHostChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }
}
