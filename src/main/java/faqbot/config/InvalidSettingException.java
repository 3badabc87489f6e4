package faqbot.config;

import java.util.List;
import java.util.Objects;

/**
 * A value rejected by a config record's constructor, carrying the dotted key (e.g.
 * {@code rateLimits.perChatPerSecond}) so the loader can say which file or env var supplied it.
 */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String problem;
    private final List<String> dependsOn;

    /**
     * @param dependsOn other keys the rule compares against, e.g. "threshold" for listenThreshold,
     *                  so that raising only threshold is blamed on whoever set threshold
     */
    public InvalidSettingException(String key, String problem, String... dependsOn) {
        super(Objects.requireNonNull(key, "key") + ": " + Objects.requireNonNull(problem, "problem"));
        this.key = key;
        this.problem = problem;
        this.dependsOn = List.of(dependsOn);
    }

    /** Other keys the failed rule compares against, e.g. ["threshold"]; usually empty. */
    public List<String> dependsOn() {
        return dependsOn;
    }

    /** What is wrong, without the key, e.g. {@code "must be 1 or more, was 0"}. */
    public String problem() {
        return problem;
    }

    /** The dotted key, e.g. {@code "listenThreshold"}. */
    public String key() {
        return key;
    }

    static void check(boolean ok, String key, String problem) {
        if (!ok) {
            throw new InvalidSettingException(key, problem);
        }
    }

    static void positiveFinite(double v, String key) {
        check(v > 0 && Double.isFinite(v), key, "must be a number greater than 0, was " + v);
    }

    static void atLeast(long v, long min, String key) {
        check(v >= min, key, "must be " + min + " or more, was " + v);
    }
}
