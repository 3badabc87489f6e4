package faqbot.match;

import faqbot.faq.Concept;
import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.Lang;
import faqbot.faq.LabelledQuestion;
import faqbot.faq.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which entry a question is about, learned from the labelled questions in {@code faq/questions/}
 * and the entries' examples: the keyword rules reached about 0.85 on questions written by people
 * who had not seen them, because every writer finds words no rule lists, while a linear model over
 * character runs learns the wording of thousands of real questions at once. It also reads the
 * vocabulary's concepts the rules find, alone and in pairs ({@link ConceptFeatures}), so a synonym a
 * maintainer files under a concept counts for the model too. Trained at load ({@link ModelTraining}), the
 * same files always give the same model; immutable and thread-safe.
 */
public final class QuestionModel {
    /**
     * An entry's own examples are how it is meant to be asked, so each counts as this many questions; so
     * does a line a maintainer confirmed (faq/questions/learned.jsonl).
     */
    private static final int EXAMPLE_COPIES = 3;
    /**
     * "No entry" wins unless an entry beats it by this much: near-topic questions (a phone plan, a gift
     * card bought as a present) were answered too readily, and this margin traded about 0.3 points of
     * right answers for 2.3 points of right refusals on batches left out of training (docs/benchmarks.md).
     */
    private static final float NO_ENTRY_MARGIN = 0.15f;
    /** A runner-up whose score is this close to the pick's is offered as "did you mean". */
    private static final double CLOSE = 0.2;
    private static final Map<Long, QuestionModel> CACHE = new LinkedHashMap<>(4, 0.75f, true);

    // Column 0 is "no entry"; column k > 0 is labels[k].
    private final String[] labels;
    // Which columns are urgent entries (the crisis lines), which need no margin over "no entry".
    private final boolean[] urgent;
    private final float[] weights;
    private final int trainedOn;
    // The vocabulary's concepts, in its order; concept i has the row after the bias row plus i.
    private final List<String> concepts;
    private final ThreadLocal<Scratch> scratch;

    QuestionModel(String[] labels, boolean[] urgent, float[] weights, int trainedOn, List<String> concepts) {
        this.concepts = List.copyOf(concepts);
        this.labels = labels;
        this.urgent = urgent;
        this.weights = weights;
        this.trainedOn = trainedOn;
        int stride = stride(labels.length);
        int nConcepts = concepts.size();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(stride, new WordScores(weights, stride), nConcepts));
    }

    /** One thread's buffers: the question's words, the scores being summed, and the words it met lately. */
    private static final class Scratch {
        final int[] text = new int[QuestionFeatures.MAX_CHARS];
        // A word and a join per two places of text at most.
        final int[] places = new int[QuestionFeatures.MAX_CHARS];
        final float[] score;
        final int stride;
        final WordScores words;
        // The indices of the concepts found.
        final int[] concepts;

        Scratch(int stride, WordScores words, int concepts) {
            this.concepts = new int[concepts];
            this.score = new float[stride];
            this.stride = stride;
            this.words = words;
        }
    }

    /**
     * What the model thinks.
     *
     * @param id        the likeliest entry, empty for "not about the FAQ"
     * @param score     the pick's score (its margin over the others is what counts, not the value)
     * @param runnersUp entries that scored nearly as well, best first
     */
    public record Guess(Optional<String> id, double score, List<String> runnersUp) {
        public Guess {
            runnersUp = List.copyOf(runnersUp);
        }
    }

    /**
     * The model for {@code faq}, or empty when it has no labelled questions (then the rules alone
     * answer). Models are kept by the content they were trained on, so reloading or trying an edit
     * to the rules does not train again. Builds a concept table of its own (the matcher passes its own).
     */
    static Optional<QuestionModel> of(Faq faq) {
        return of(faq, ConceptTable.build(faq));
    }

    /** As {@link #of(Faq)}, reading the questions' concepts with {@code table}, built from {@code faq}. */
    static Optional<QuestionModel> of(Faq faq, ConceptTable table) {
        if (faq.questions().isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (LabelledQuestion q : faq.questions()) {
            add(texts, ids, q.text(), q.entryId().orElse(""), q.confirmed() ? EXAMPLE_COPIES : 1);
        }
        for (Entry e : faq.entries()) {
            for (Lang lang : Lang.values()) {
                for (String example : e.text(lang).examples()) {
                    add(texts, ids, example, e.id(), EXAMPLE_COPIES);
                }
            }
        }
        long key = fingerprint(texts, ids, faq);
        // Trained under the lock: a SIGHUP and a chat /reload racing must not train twice at once, which
        // would need twice the ~100 MB of heap training takes.
        synchronized (CACHE) {
            QuestionModel model = CACHE.get(key);
            if (model == null) {
                model = ModelTraining.train(texts, ids, faq, table);
                CACHE.put(key, model);
                if (CACHE.size() > 4) {
                    CACHE.remove(CACHE.keySet().iterator().next());
                }
            }
            return Optional.of(model);
        }
    }

    /** Adds one training line {@code copies} times. */
    private static void add(List<String> texts, List<String> ids, String text, String id, int copies) {
        for (int copy = 0; copy < copies; copy++) {
            texts.add(text);
            ids.add(id);
        }
    }

    /**
     * How far below its own pick (an entry or "no entry") this thread's last {@link #guess} scored the
     * entry {@code id}: 0 when it is the pick. The scores are still in the thread's buffer, so asking
     * costs no second pass over the question.
     */
    double shortfall(String id) {
        float[] score = scratch.get().score;
        int pick = 0;
        int of = -1;
        for (int c = 0; c < labels.length; c++) {
            if (score[c] > score[pick]) {
                pick = c;
            }
            if (labels[c].equals(id)) {
                of = c;
            }
        }
        return of < 0 ? Double.POSITIVE_INFINITY : score[pick] - score[of];
    }

    /** How many questions and examples it learned from, for {@code check}. */
    public int trainedOn() {
        return trainedOn;
    }

    /** Whether this model reads the concepts of {@code vocabulary} as it learned them: the same ids in the same order. */
    boolean readsConceptsOf(Vocabulary vocabulary) {
        return vocabulary.concepts().stream().map(Concept::id).toList().equals(concepts);
    }

    /**
     * The model's guess for a question already {@link Normalizer#fold folded}, in which the rules found
     * {@code found}: {@link ConceptTable#find}'s answer for a vocabulary this model {@link #readsConceptsOf reads}.
     */
    Guess guess(String folded, boolean[] found) {
        Scratch s = scratch.get();
        float[] score = s.score;
        Arrays.fill(score, 0f);
        int[] t = s.text;
        int m = QuestionFeatures.stream(folded, t);
        int n = 0;
        long previous = 0;
        int previousFrom = -1;
        WordScores known = s.words;
        known.begin();
        int[] places = s.places;
        int p = 0;
        // A question's score is the sum of what its words give and of what joins each word to the next
        // (the pair and the few runs across the space), each remembered from earlier questions: a short
        // question costs a dozen rows of weights instead of over a hundred.
        for (int from = 1; from < m; ) {
            int to = QuestionFeatures.wordEnd(t, from);
            if (to == from) {
                from++;
                continue;
            }
            long h = QuestionFeatures.wordHash(t, from, to);
            int place = known.word(t, from, to, h, score);
            n += known.count();
            if (place >= 0) {
                places[p++] = place;
            }
            if (previousFrom > 0) {
                place = known.join(t, previousFrom, from - 1, to, m, previous, h, score);
                n += known.count();
                if (place >= 0) {
                    places[p++] = place;
                }
            }
            previous = h;
            previousFrom = from;
            from = to + 1;
        }
        known.sum(places, p, score);
        int k = labels.length;
        int nConcepts = concepts.size();
        int f = ConceptFeatures.found(found, nConcepts, s.concepts);
        int pairedUpTo = ConceptFeatures.pairedUpTo(f);
        for (int a = 0; a < f; a++) {
            int i = s.concepts[a];
            add(score, ConceptFeatures.conceptRow(i) * s.stride, ConceptFeatures.CONCEPT_WEIGHT, k);
            for (int b = a + 1; b < pairedUpTo; b++) {
                add(score, ConceptFeatures.pairRow(i, s.concepts[b], nConcepts) * s.stride, ConceptFeatures.PAIR_WEIGHT, k);
            }
        }
        float scale = (float) QuestionFeatures.Bag.scale(n);
        int biasBase = QuestionFeatures.SLOTS * s.stride;
        int best = 0;
        for (int c = 0; c < k; c++) {
            score[c] = score[c] * scale + weights[biasBase + c];
            if (c > 0 && (best == 0 || score[c] > score[best])) {
                best = c;
            }
        }
        // The crisis lines need only beat "no entry": refusing a person in crisis would cost them 109 at the top of the reply.
        if (score[best] <= score[0] + (urgent[best] ? 0 : NO_ENTRY_MARGIN)) {
            best = 0;
        }
        // Up to two runners-up; List.of, so the Guess keeps it without copying.
        int first = -1;
        int second = -1;
        for (int c = 1; c < k; c++) {
            if (c == best || score[c] < score[best] - CLOSE) {
                continue;
            }
            if (first < 0 || score[c] > score[first]) {
                second = first;
                first = c;
            } else if (second < 0 || score[c] > score[second]) {
                second = c;
            }
        }
        List<String> runnersUp = first < 0 ? List.of() : second < 0 ? List.of(labels[first]) : List.of(labels[first], labels[second]);
        return new Guess(best == 0 ? Optional.empty() : Optional.of(labels[best]), score[best], runnersUp);
    }

    /** Adds {@code weight} times the row of weights starting at {@code at} to the first {@code k} scores. */
    private void add(float[] score, int at, float weight, int k) {
        for (int c = 0; c < k; c++) {
            score[c] += weight * weights[at + c];
        }
    }

    /** A row's length: the number of columns rounded up to whole vectors of eight floats. */
    static int stride(int columns) {
        return (columns + 7) / 8 * 8;
    }

    private static long fingerprint(List<String> texts, List<String> ids, Faq faq) {
        long h = 1125899906842597L;
        for (int i = 0; i < texts.size(); i++) {
            h = 31 * h + texts.get(i).hashCode();
            h = 31 * h + ids.get(i).hashCode();
        }
        for (Entry e : faq.entries()) {
            // The urgent flag too: it decides which entries need no margin over "no entry".
            h = 31 * h + e.id().hashCode() + (e.urgent() ? 1 : 0);
        }
        // The vocabulary too: what a concept's forms find is what the model learned. The entries' own words
        // are left out, so editing an entry's rules does not train again.
        for (Concept c : faq.vocabulary().concepts()) {
            h = 31 * h + c.id().hashCode();
            for (String form : c.allForms()) {
                h = 31 * h + form.hashCode();
            }
        }
        return h;
    }

    @Override
    public String toString() {
        return "QuestionModel[" + (labels.length - 1) + " entries, trained on " + trainedOn + " questions, " + Arrays.hashCode(weights) + "]";
    }
}
