package faqbot.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Removes the bot token from anything that may be logged or printed: the library and OkHttp put it
 * in request URLs, and so into exception messages.
 */
public final class TokenRedactor {
    /** What the token is replaced with. */
    public static final String MASK = "<token>";

    private final Set<String> secrets = new LinkedHashSet<>();

    /** @param token the bot token, e.g. "123456:ABC-DEF..." */
    public TokenRedactor(String token) {
        if (token != null && !token.isEmpty()) {
            secrets.add(token);
            // A URL may carry it percent-encoded ("123%3AABC").
            secrets.add(URLEncoder.encode(token, StandardCharsets.UTF_8));
            secrets.add(token.replace(":", "%3A"));
            secrets.add(token.replace(":", "%3a"));
        }
    }

    /** The text with every form of the token replaced by {@link #MASK}. */
    public String redact(String s) {
        if (s == null) {
            return null;
        }
        String r = s;
        for (String secret : secrets) {
            r = r.replace(secret, MASK);
        }
        return r;
    }

    /** One line for a log: the exception's class and redacted message, and those of its causes. */
    public String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Throwable c = t;
        for (int depth = 0; c != null && depth < 5; depth++, c = c.getCause()) {
            if (depth > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                sb.append(": ").append(redact(c.getMessage()));
            }
        }
        return sb.toString();
    }

    /** A copy of the exception chain with redacted messages and the original stack traces, safe to log whole. */
    public Throwable scrub(Throwable t) {
        return scrub(t, 0);
    }

    private Throwable scrub(Throwable t, int depth) {
        if (t == null || depth > 10) {
            return null;
        }
        Redacted copy = new Redacted(t.getClass().getName() + (t.getMessage() == null ? "" : ": " + redact(t.getMessage())),
                scrub(t.getCause(), depth + 1));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message had to be cleaned; its message starts with the original class name. */
    static final class Redacted extends Exception {
        private static final long serialVersionUID = 1L;

        Redacted(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
