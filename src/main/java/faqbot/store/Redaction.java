package faqbot.store;

import java.util.regex.Pattern;

/**
 * Masks what in a question's text could identify a person (phone, account and user-id numbers,
 * @handles, e-mail addresses, links), because people who were scammed paste exactly those.
 */
final class Redaction {
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.|t\\.me/|telegram\\.me/)\\S*");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{3,}");
    /** Five or more digits, possibly split by single spaces, dots or dashes: 010-1234-5678, +82 10 1234 5678, 123456789. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\p{Nd}(?:[ .\\-]?\\p{Nd}){4,}");

    private Redaction() {
    }

    static String redact(String text) {
        String s = EMAIL.matcher(text).replaceAll("[email]");
        s = LINK.matcher(s).replaceAll("[link]");
        s = HANDLE.matcher(s).replaceAll("@[user]");
        return NUMBER.matcher(s).replaceAll("[number]");
    }

    /**
     * Makes stored text safe to print in a maintainer's terminal: control characters (escape
     * sequences) become spaces, invisible format characters (bidi overrides) go, lone surrogates
     * become U+FFFD, and runs of white space become one space.
     */
    static String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else if (Character.getType(c) == Character.FORMAT) {
                continue;
            } else {
                sb.append(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Cuts to at most {@code max} chars without splitting a surrogate pair (an emoji half would be invalid UTF-8). */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
