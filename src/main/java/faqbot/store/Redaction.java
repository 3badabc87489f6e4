package faqbot.store;

import java.util.regex.Pattern;

/**
 * Masks what in a question's text could identify a person (phone, account and user-id numbers,
 * @handles, e-mail addresses, links), because people who were scammed paste exactly those.
 * Numbers and e-mail addresses are found by hand-written linear scans: the equivalent regular
 * expressions recurse once per repetition in java.util.regex, and a message of 2,000 "1 "
 * overflowed the stack.
 */
final class Redaction {
    /** Possessive quantifiers only, so no input makes these backtrack. */
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.|t\\.me/|telegram\\.me/)\\S*+");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{3,}+");
    /** Fewer digits than this stay: years, prices in 만원, small amounts. */
    private static final int MIN_NUMBER_DIGITS = 5;

    private Redaction() {
    }

    static String redact(String text) {
        String s = emails(text);
        s = LINK.matcher(s).replaceAll("[link]");
        s = HANDLE.matcher(s).replaceAll("@[user]");
        return numbers(s);
    }

    /**
     * Replaces each run of five or more digits, possibly split by single spaces, dots or dashes and
     * led by "+", with "[number]": 010-1234-5678, +82 10 1234 5678, 123456789.
     */
    static String numbers(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int start = i;
            int j = s.charAt(i) == '+' ? i + 1 : i;
            if (j >= s.length() || !Character.isDigit(s.charAt(j))) {
                out.append(s.charAt(i++));
                continue;
            }
            int digits = 0;
            int end = j;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (Character.isDigit(c)) {
                    digits++;
                    end = ++j;
                } else if ((c == ' ' || c == '.' || c == '-') && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            if (digits >= MIN_NUMBER_DIGITS) {
                out.append("[number]");
            } else {
                out.append(s, start, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** Replaces local@domain.tld with "[email]"; the domain needs a dot inside it. */
    static String emails(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int left = at;
            while (left > copied && isLocalChar(s.charAt(left - 1))) {
                left--;
            }
            int right = at + 1;
            while (right < s.length() && isDomainChar(s.charAt(right))) {
                right++;
            }
            while (right > at + 1 && (s.charAt(right - 1) == '.' || s.charAt(right - 1) == '-')) {
                right--;
            }
            int dot = s.lastIndexOf('.', right - 1);
            if (left < at && dot > at + 1 && dot < right - 1) {
                out.append(s, copied, left).append("[email]");
                copied = right;
                at = right - 1;
            }
        }
        return out.append(s, copied, s.length()).toString();
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }
}
