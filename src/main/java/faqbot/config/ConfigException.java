package faqbot.config;

import java.util.Objects;

/**
 * A configuration the bot refuses to start with; the message names the key and where the value
 * came from, e.g. {@code environment variable FAQBOT_THRESHOLD (threshold): must be ...}.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String source;

    public ConfigException(String key, String source, String problem) {
        super(Objects.requireNonNull(source, "source") + " (" + Objects.requireNonNull(key, "key") + "): "
                + Objects.requireNonNull(problem, "problem"));
        this.key = key;
        this.source = source;
    }

    /** The dotted key, e.g. {@code "flood.muteSeconds"}, or the unknown name that was rejected. */
    public String key() {
        return key;
    }

    /** Where the value came from, e.g. {@code "config file /etc/faqbot/faqbot.json"}. */
    public String source() {
        return source;
    }
}
