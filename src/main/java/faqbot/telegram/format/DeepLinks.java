package faqbot.telegram.format;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links that open a private chat with the bot at a given place ({@code t.me/<bot>?start=<payload>}),
 * so a short group reply can hand the long version to a private chat.
 */
public final class DeepLinks {
    /** The payload that opens the full help. */
    public static final String HELP = "help";
    /** What Telegram allows in a start payload: up to 64 of A-Z, a-z, 0-9, _ and -. */
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private DeepLinks() {
    }

    /** The link, or empty when the username or payload cannot form one (terminal, odd ids). */
    public static Optional<String> url(String botUsername, String payload) {
        Objects.requireNonNull(payload, "payload");
        if (botUsername == null || !botUsername.matches("[A-Za-z0-9_]{1,64}") || !PAYLOAD.matcher(payload).matches()) {
            return Optional.empty();
        }
        return Optional.of("https://t.me/" + botUsername + "?start=" + payload);
    }

    /** The payload of a {@code /start <payload>} message, when it is one Telegram could have sent. */
    public static Optional<String> payload(String startArguments) {
        if (startArguments == null) {
            return Optional.empty();
        }
        String p = startArguments.strip();
        return PAYLOAD.matcher(p).matches() ? Optional.of(p) : Optional.empty();
    }
}
