package faqbot.feedback;

/**
 * Votes on one entry.
 *
 * @param helpful   👍 presses, e.g. 12
 * @param unhelpful 👎 presses, e.g. 3
 */
public record Tally(long helpful, long unhelpful) {
    public static final Tally NONE = new Tally(0, 0);

    public Tally {
        if (helpful < 0 || unhelpful < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + helpful + " and " + unhelpful);
        }
    }

    public Tally plus(Vote v) {
        return v == Vote.HELPFUL ? new Tally(helpful + 1, unhelpful) : new Tally(helpful, unhelpful + 1);
    }
}
