package faqbot.match;

/**
 * The matcher's knobs, kept in one value so configuration can change them without code.
 *
 * @param threshold       lowest score that counts as a match, e.g. 2.0
 * @param closeMargin     a runner-up within this many points of the best makes a close call, e.g. 1.0
 * @param maxAlternatives how many "did you mean" ids to offer at most, e.g. 3
 */
public record MatchSettings(double threshold, double closeMargin, int maxAlternatives) {
    public static final MatchSettings DEFAULTS = new MatchSettings(2.0, 1.0, 3);

    public MatchSettings {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a positive number, was " + threshold);
        }
        if (!(closeMargin >= 0) || Double.isInfinite(closeMargin)) {
            throw new IllegalArgumentException("closeMargin must be zero or more, was " + closeMargin);
        }
        if (maxAlternatives < 0 || maxAlternatives > 8) {
            throw new IllegalArgumentException("maxAlternatives must be between 0 and 8, was " + maxAlternatives);
        }
    }
}
