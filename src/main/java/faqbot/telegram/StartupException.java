package faqbot.telegram;

import faqbot.telegram.send.ApiException;
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

    /** The one line a person reads when the first Bot API calls fail, by the kind of failure. */
    static StartupException of(TelegramConfig config, ApiException e) {
        String server = config.apiUrl().getScheme() + "://" + config.apiUrl().getHost() + ":" + config.port();
        return switch (e.kind()) {
            case UNAUTHORIZED -> new StartupException(Reason.TOKEN_REJECTED, "the Bot API server at " + server + " rejected the token (error "
                    + e.errorCode() + "): check TELEGRAM_BOT_TOKEN or the --token-file (a token from @BotFather looks like 123456789:AAE...)");
            case RETRY_AFTER -> new StartupException(Reason.SERVER_ERROR, "the Bot API server at " + server + " asks to wait " + e.retryAfterSeconds()
                    + " s (429); start again later");
            case NETWORK -> new StartupException(Reason.UNREACHABLE, "cannot reach the Bot API server at " + server
                    + ": " + rootMessage(e) + " (check TELEGRAM_API_URL / --api-url and the network)");
            case REJECTED -> new StartupException(Reason.CONFIG, "the Bot API server at " + server + " failed: "
                    + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
            // A 5xx or an answer that is not the Bot API's JSON (a proxy's error page): one plain line, no parser internals.
            default -> new StartupException(Reason.SERVER_ERROR, "the Bot API server at " + server + " failed"
                    + (e.errorCode() > 0 ? " with error " + e.errorCode() : ": its answer was not a Bot API answer (an error page?)"));
        };
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        // Scrubbed copies start with the original class name, e.g. "java.net.ConnectException: Connection refused".
        return m.replaceFirst("^[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error): ", "");
    }
}
