package faqbot.telegram.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply cut into the parts that are shown differently (bold title, plain body, warnings set
 * apart), so rendering never has to guess where the title ends or the warnings start.
 *
 * @param title    shown in bold when present, e.g. "What does cashing out cost?"
 * @param body     plain text, may be empty, e.g. "Much more than it looks. ..."
 * @param warnings the warning paragraphs, each on its own line, never empty, e.g. ["⚠️ Legal: ...", "⚠️ Scams: ..."]
 */
public record RichReply(Optional<String> title, String body, List<String> warnings) {
    public RichReply {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        if (warnings.isEmpty() || warnings.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("warnings must not be empty: every message carries them");
        }
    }

    /**
     * Splits a composed body whose first paragraph is {@code title} (how answers are composed) so the
     * title can be shown in bold; any other body is kept whole.
     */
    public static RichReply of(String body, Optional<String> title, String warningBlock) {
        List<String> warnings = warningBlock.lines().filter(l -> !l.isBlank()).toList();
        if (title.isPresent() && !title.get().isBlank()) {
            String t = title.get();
            if (body.equals(t)) {
                return new RichReply(title, "", warnings);
            }
            if (body.startsWith(t + "\n")) {
                return new RichReply(title, body.substring(t.length()).strip(), warnings);
            }
        }
        return new RichReply(Optional.empty(), body, warnings);
    }
}
