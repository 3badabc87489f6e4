package faqbot.suggest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A change the questions people asked argue for, with the evidence a maintainer needs to judge it.
 *
 * @param change    what accepting it adds
 * @param questions how many signals the cluster holds, e.g. 7
 * @param matched   how many of the cluster's distinct wordings the change makes match the entry, e.g. 3
 * @param wordings  the cluster's distinct wordings, most frequent first, at most a few, e.g. ["is paypal legit"]
 * @param kinds     signals per kind, e.g. {UNANSWERED=5, UNHELPFUL=2}
 * @param concept   the shared concept the form would join, e.g. "law", or empty for a word of the entry's own
 */
public record Suggestion(Change change, int questions, int matched, List<String> wordings, Map<Signal.Kind, Integer> kinds, Optional<String> concept) {
    public Suggestion {
        Objects.requireNonNull(change, "change");
        wordings = List.copyOf(wordings);
        kinds = Map.copyOf(kinds);
        Objects.requireNonNull(concept, "concept");
    }

    /** Stable across runs, for remembering a rejection, e.g. "en online-platforms paypal". */
    public String key() {
        return change.lang().code() + " " + change.entryId() + " " + change.surfaceForm();
    }
}
