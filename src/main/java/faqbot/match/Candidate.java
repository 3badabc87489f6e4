package faqbot.match;

import java.util.Objects;

/**
 * An entry that scored above zero for a question.
 *
 * @param id    entry id, e.g. "fees"
 * @param score sum of the weights of the entry's terms found, e.g. 5.0
 * @param order the entry's topic order, the first tie-breaker
 */
public record Candidate(String id, double score, int order) implements Comparable<Candidate> {
    public Candidate {
        Objects.requireNonNull(id, "id");
    }

    /** Higher score first, then lower order, then id: the same question always ranks the same way. */
    @Override
    public int compareTo(Candidate o) {
        int c = Double.compare(o.score, score);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(order, o.order);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
