package faqbot.feedback;

import java.util.Optional;

/** A reader's verdict on one answer, from the 👍 / 👎 buttons under it. */
public enum Vote {
    HELPFUL("+"), UNHELPFUL("-");

    private final String code;

    Vote(String code) {
        this.code = code;
    }

    /** One character for button data, where every byte counts (64 at most): "+" or "-". */
    public String code() {
        return code;
    }

    public static Optional<Vote> fromCode(String code) {
        for (Vote v : values()) {
            if (v.code.equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
