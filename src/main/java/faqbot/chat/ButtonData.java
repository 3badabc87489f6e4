package faqbot.chat;

import faqbot.faq.Lang;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The callback data behind an inline button: language and entry id, e.g. "ko:fees", so a pressed
 * button answers in the language the buttons were shown in.
 *
 * @param lang    e.g. KO
 * @param entryId e.g. "fees"
 */
public record ButtonData(Lang lang, String entryId) {
    /** Telegram rejects callback data longer than this many bytes. */
    public static final int MAX_BYTES = 64;
    /** The id behind a "topics" button: no FAQ entry id is a lone digit, and unknown ids show the topic list anyway. */
    public static final String TOPICS = "0";

    public ButtonData {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(entryId, "entryId");
    }

    /** The callback data, or empty when it would exceed Telegram's 64 bytes (the button is then left out). */
    public Optional<String> encode() {
        String data = lang.code() + ":" + entryId;
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES && !entryId.isEmpty()
                ? Optional.of(data) : Optional.empty();
    }

    /** Reads callback data; anything not made by {@link #encode()} (old or forged buttons) is empty. */
    public static Optional<ButtonData> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        int colon = data.indexOf(':');
        if (colon < 0 || colon == data.length() - 1) {
            return Optional.empty();
        }
        Optional<Lang> lang = Lang.fromCode(data.substring(0, colon));
        String id = data.substring(colon + 1);
        if (lang.isEmpty() || !id.matches("[a-z0-9-]{1,60}")) {
            return Optional.empty();
        }
        return Optional.of(new ButtonData(lang.get(), id));
    }
}
