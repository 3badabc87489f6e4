package faqbot.inline;

import java.util.List;
import java.util.Objects;

/**
 * What the bot answers to one inline query, with the caching Telegram should apply.
 *
 * @param results      1 to {@link InlineAnswers#MAX_RESULTS} results, best first; never empty
 * @param cacheSeconds how long Telegram may serve these results again without asking, e.g. 300
 * @param personal     true when the results depend on who asked (their Telegram language), so Telegram must not share them
 * @param matched      whether the query matched an entry, for statistics, e.g. false for an empty query
 */
public record InlineAnswer(List<InlineResult> results, int cacheSeconds, boolean personal, boolean matched) {
    public InlineAnswer {
        results = List.copyOf(Objects.requireNonNull(results, "results"));
        if (results.isEmpty() || results.size() > InlineAnswers.MAX_RESULTS) {
            throw new IllegalArgumentException("results must have 1 to " + InlineAnswers.MAX_RESULTS + ", has " + results.size());
        }
        if (cacheSeconds < 0) {
            throw new IllegalArgumentException("cacheSeconds must be >= 0, was " + cacheSeconds);
        }
    }
}
