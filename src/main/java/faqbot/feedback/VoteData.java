package faqbot.feedback;

import faqbot.faq.Lang;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The callback data behind a 👍 / 👎 button, e.g. "v+:en:fees": the vote, the answer's language
 * (for the thank-you) and the entry; a prefix no topic button uses, so the two never mix.
 *
 * @param vote    e.g. HELPFUL
 * @param lang    the answer's language, e.g. EN
 * @param entryId the entry answered, e.g. "fees"
 */
public record VoteData(Vote vote, Lang lang, String entryId) {
    private static final String PREFIX = "v";
    private static final int MAX_BYTES = 64;

    public VoteData {
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(entryId, "entryId");
    }

    /** The callback data, or empty when it would exceed Telegram's 64 bytes (the buttons are then left out). */
    public Optional<String> encode() {
        String data = PREFIX + vote.code() + ":" + lang.code() + ":" + entryId;
        return entryId.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES ? Optional.empty() : Optional.of(data);
    }

    /** Reads callback data; anything not made by {@link #encode()} is empty. */
    public static Optional<VoteData> decode(String data) {
        if (data == null || !data.startsWith(PREFIX) || data.length() > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 3 || !parts[2].matches("[a-z0-9-]{1,60}")) {
            return Optional.empty();
        }
        Optional<Vote> vote = Vote.fromCode(parts[0]);
        Optional<Lang> lang = Lang.fromCode(parts[1]).filter(l -> l.code().equals(parts[1]));
        return vote.isPresent() && lang.isPresent() ? Optional.of(new VoteData(vote.get(), lang.get(), parts[2])) : Optional.empty();
    }
}
