package faqbot.telegram.send;

import java.util.Objects;

/**
 * A failed Bot API call, sorted by what to do about it; its message never contains the token.
 */
public final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What the caller should do. */
    public enum Kind {
        /** HTTP 429: wait {@link #retryAfterSeconds()} and send again. */
        RETRY_AFTER,
        /** 5xx or an unreadable answer: retry with backoff. */
        TRANSIENT,
        /** Nothing reached the server or no answer came back (refused, reset, timed out): retry with backoff. */
        NETWORK,
        /**
         * The answer was JSON the library could not map (a field of an unexpected type in an update):
         * retrying the same request fails the same way, so the poller isolates and skips the update.
         */
        UNREADABLE,
        /** 401/404 on the bot's URL: the token is wrong or revoked. */
        UNAUTHORIZED,
        /** Any other 4xx (blocked by the user, chat gone, bad request): retrying will not help. */
        REJECTED
    }

    private final Kind kind;
    private final int errorCode;
    private final int retryAfterSeconds;

    /**
     * @param errorCode         Telegram's error_code, e.g. 429; 0 when there was no API answer
     * @param retryAfterSeconds from the 429 answer's parameters, else 0
     */
    public ApiException(Kind kind, int errorCode, int retryAfterSeconds, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    public int errorCode() {
        return errorCode;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
