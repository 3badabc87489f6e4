package faqbot.match;

/**
 * Where the question model keeps what it learned about the vocabulary's concepts the rules found in a
 * question: one row per concept, and one per pair of concepts found together. The pairs are there because
 * an entry is told from its neighbours by what is asked about what ("why" with cash-out is why-convert,
 * "how" with cash-out is methods or evasion, "real" with a help number is help-lines-real), a conjunction
 * that a sum of single features cannot express. Their rows follow the letter runs and the bias.
 */
final class ConceptFeatures {
    /**
     * What a concept found counts for, against one letter run: the concepts carry what maintainers wrote
     * down (synonyms, typos, Korean without spaces, the other language) into the model. On batches left out
     * of training, 0.5 gained 0.5 points in scope and lost 0.1 off-topic; 1 gained 0.3 and lost 0.8, 2 lost
     * on both (docs/benchmarks.md).
     */
    static final float CONCEPT_WEIGHT = 0.5f;
    /**
     * What a pair of concepts found together counts for. On the same batches the pairs at 0.5 gained 0.15
     * points in scope and 0.35 off-topic; at 1 they lost in scope (docs/benchmarks.md, round 5).
     */
    static final float PAIR_WEIGHT = 0.5f;
    /**
     * Pairs are read only when at most this many concepts are found. No labelled question names more than 15
     * (of 51,674), while a pasted text of 4,096 characters can name 60, whose 1,800 pairs cost more than the
     * rest of the model (4,096 characters took 133 µs instead of about 100) and say nothing about what is asked.
     */
    static final int MAX_PAIRED = 16;
    private static final int FIRST_ROW = QuestionFeatures.SLOTS + 1;

    private ConceptFeatures() {
    }

    /**
     * How many of {@code found} concepts (in the order {@link #found} lists them) have their pairs read: all of
     * them, or none past {@link #MAX_PAIRED}. Training and answering both ask here, so they always agree.
     */
    static int pairedUpTo(int found) {
        return found <= MAX_PAIRED ? found : 0;
    }

    /** How many rows {@code concepts} concepts need: one each, and one per pair. */
    static int rows(int concepts) {
        return concepts + concepts * (concepts - 1) / 2;
    }

    /** The row of concept {@code i}. */
    static int conceptRow(int i) {
        return FIRST_ROW + i;
    }

    /** The row of the pair of concepts {@code i < j} of {@code concepts}, in the order of (i, j), after every concept's row. */
    static int pairRow(int i, int j, int concepts) {
        return FIRST_ROW + concepts + i * (2 * concepts - i - 1) / 2 + (j - i - 1);
    }

    /**
     * Writes the indices of the first {@code concepts} slots of {@code found} that are set (the vocabulary's
     * concepts; entry words follow them) into {@code into}, in increasing order, and says how many.
     */
    static int found(boolean[] found, int concepts, int[] into) {
        int n = 0;
        for (int i = 0; i < concepts; i++) {
            if (found[i]) {
                into[n++] = i;
            }
        }
        return n;
    }
}
