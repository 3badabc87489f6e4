package faqbot.telegram;

import faqbot.telegram.send.Backoff;
import faqbot.telegram.send.Pacer;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the adapter needs to run, with Telegram's real limits as defaults; tests shorten the
 * timeouts. {@link #toString()} never shows the token.
 *
 * @param token           the bot token from @BotFather, e.g. "123456:ABC-DEF..."
 * @param apiUrl          the Bot API server, e.g. https://api.telegram.org or http://127.0.0.1:8081
 * @param pollTimeout     how long one getUpdates call waits for updates, e.g. 50 s
 * @param drainTimeout    how long a graceful stop waits for queued replies, e.g. 5 s
 * @param limits          send pacing
 * @param sendBackoff     waits between retries of a failed send
 * @param pollBackoff     waits between retries of a failed getUpdates
 * @param maxSendAttempts tries per message before it is given up (logged as an error), e.g. 8
 * @param sendWorkers     parallel sends (one chat's messages never overlap), e.g. 4
 * @param maxQueued       queued calls above which polling pauses instead of dropping, e.g. 10,000
 */
public record TelegramConfig(String token, URI apiUrl, Duration pollTimeout, Duration drainTimeout, Pacer.Limits limits,
                             Backoff sendBackoff, Backoff pollBackoff, int maxSendAttempts, int sendWorkers, int maxQueued) {
    /** Telegram's own server. */
    public static final URI TELEGRAM = URI.create("https://api.telegram.org");

    public TelegramConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(sendBackoff, "sendBackoff");
        Objects.requireNonNull(pollBackoff, "pollBackoff");
        if (maxSendAttempts < 1 || sendWorkers < 1 || maxQueued < 1) {
            throw new IllegalArgumentException("maxSendAttempts, sendWorkers and maxQueued must be positive");
        }
    }

    /** The production settings for a token and server. */
    public static TelegramConfig of(String token, URI apiUrl) {
        return new TelegramConfig(token, apiUrl, Duration.ofSeconds(50), Duration.ofSeconds(5), Pacer.Limits.DEFAULTS,
                Backoff.DEFAULTS, Backoff.DEFAULTS, 8, 4, 10_000);
    }

    /**
     * Checks a server URL given by a person (TELEGRAM_API_URL or --api-url) and explains what is wrong.
     *
     * @param url e.g. "http://127.0.0.1:8081"
     */
    public static URI parseApiUrl(String url) throws StartupException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new StartupException("the Bot API URL '" + url + "' is not a URL; use e.g. http://127.0.0.1:8081");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new StartupException("the Bot API URL '" + url + "' must be http:// or https:// with a host, e.g. http://127.0.0.1:8081");
        }
        // The library builds <scheme>://<host>:<port>/bot<token>/<method>: there is no room for a path prefix.
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                || uri.getRawQuery() != null || uri.getUserInfo() != null) {
            throw new StartupException("the Bot API URL '" + url + "' must not have a path, query or user; give only scheme, host and port");
        }
        return uri;
    }

    /** Checks the token's shape so a pasted line with spaces or a URL gives a clear message; never echoes it. */
    public static void checkToken(String token) throws StartupException {
        if (token == null || token.isBlank()) {
            throw new StartupException("no bot token: set TELEGRAM_BOT_TOKEN or use --token-file PATH (get a token from @BotFather)");
        }
        if (!token.matches("[A-Za-z0-9:_-]+")) {
            throw new StartupException("the bot token has characters a token cannot have (spaces, '/', quotes?); "
                    + "it looks like 123456789:AAE... as @BotFather gives it");
        }
    }

    public TelegramConfig withPollTimeout(Duration d) {
        return new TelegramConfig(token, apiUrl, d, drainTimeout, limits, sendBackoff, pollBackoff, maxSendAttempts, sendWorkers, maxQueued);
    }

    public TelegramConfig withDrainTimeout(Duration d) {
        return new TelegramConfig(token, apiUrl, pollTimeout, d, limits, sendBackoff, pollBackoff, maxSendAttempts, sendWorkers, maxQueued);
    }

    public TelegramConfig withLimits(Pacer.Limits l) {
        return new TelegramConfig(token, apiUrl, pollTimeout, drainTimeout, l, sendBackoff, pollBackoff, maxSendAttempts, sendWorkers, maxQueued);
    }

    public TelegramConfig withBackoff(Backoff send, Backoff poll) {
        return new TelegramConfig(token, apiUrl, pollTimeout, drainTimeout, limits, send, poll, maxSendAttempts, sendWorkers, maxQueued);
    }

    /** The port the URL means, e.g. 443 for https without one. */
    public int port() {
        if (apiUrl.getPort() != -1) {
            return apiUrl.getPort();
        }
        return "https".equalsIgnoreCase(apiUrl.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return "TelegramConfig[apiUrl=" + apiUrl + ", pollTimeout=" + pollTimeout + ", drainTimeout=" + drainTimeout
                + ", limits=" + limits + ", token=" + TokenRedactor.MASK + "]";
    }
}
