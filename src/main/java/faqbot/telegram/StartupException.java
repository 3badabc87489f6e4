package faqbot.telegram;

import java.util.Objects;

/** The bot cannot start (token rejected, server unreachable, bad URL); the message is one line for a person, without the token. */
public final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, so the caller can retry what may pass and pick an exit code systemd understands. */
    public enum Reason {
        /** Bad token shape, bad URL: only a person can fix it. */
        CONFIG,
        /** The server said 401/404 to the token. */
        TOKEN_REJECTED,
        /** DNS, connection refused, timeout: the network or the server may come back. */
        UNREACHABLE,
        /** The server answered with 5xx or 429: it may recover. */
        SERVER_ERROR
    }

    private final Reason reason;

    public StartupException(String message) {
        this(Reason.CONFIG, message);
    }

    public StartupException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** Whether trying again later may succeed. */
    public boolean retryable() {
        return reason == Reason.UNREACHABLE || reason == Reason.SERVER_ERROR;
    }
}
