package faqbot.text;

/**
 * The one place that makes untrusted text safe to print, store or cut, because a lone surrogate
 * or an escape sequence typed by a user must never break a terminal, a JSON writer or a send.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with lone surrogates replaced by U+FFFD; everything else, line breaks included, kept. */
    public static String of(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * One line safe for a maintainer's terminal: control characters (escape sequences) become
     * spaces, invisible format characters (bidi overrides) go, lone surrogates become U+FFFD, and
     * runs of white space become one space.
     */
    public static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
                space = false;
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
                space = false;
            } else if (Character.getType(c) == Character.FORMAT) {
                continue;
            } else if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString().strip();
    }

    /** Cuts to at most {@code max} chars without splitting a surrogate pair (an emoji half would be invalid UTF-8). */
    public static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, cutPoint(s, max));
    }

    /** The largest index at most {@code max} where {@code s} can be cut without splitting a surrogate pair. */
    public static int cutPoint(String s, int max) {
        if (max >= s.length()) {
            return s.length();
        }
        return max > 0 && Character.isHighSurrogate(s.charAt(max - 1)) && Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
    }
}
