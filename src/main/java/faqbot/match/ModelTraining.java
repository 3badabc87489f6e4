package faqbot.match;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import faqbot.faq.Concept;
import faqbot.faq.Faq;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a {@link QuestionModel} with liblinear: kept apart from the model, which only reads its weights,
 * because training is where the heap goes (over 100 MB for 40,000 questions) and what a change of
 * features has to keep in step with {@link QuestionModel#guess}.
 */
final class ModelTraining {
    /**
     * Crammer and Singer's multi-class SVM, its cost and stopping tolerance: of the solvers tried on two
     * batches left out of training (docs/benchmarks.md) it was the most accurate and the quickest to train (about 3 s).
     */
    private static final double C = 1;
    private static final double EPSILON = 0.1;

    private ModelTraining() {
    }

    static QuestionModel train(List<String> texts, List<String> ids, Faq faq, ConceptTable table) {
        List<String> labels = new ArrayList<>();
        labels.add("");
        faq.entries().forEach(e -> labels.add(e.id()));
        Problem p = new Problem();
        p.l = texts.size();
        List<String> concepts = faq.vocabulary().concepts().stream().map(Concept::id).toList();
        int nConcepts = concepts.size();
        // The letter runs, then the bias, then the concepts and their pairs.
        int rows = QuestionFeatures.SLOTS + 1 + ConceptFeatures.rows(nConcepts);
        p.n = rows;
        p.bias = 1;
        p.y = new double[p.l];
        p.x = features(texts, table, nConcepts);
        for (int i = 0; i < p.l; i++) {
            p.y[i] = labels.indexOf(ids.get(i));
        }
        Linear.disableDebugOutput();
        de.bwaldvogel.liblinear.Model m = Linear.train(p, new Parameter(SolverType.MCSVM_CS, C, EPSILON));
        int k = labels.size();
        int stride = QuestionModel.stride(k);
        float[] weights = new float[rows * stride];
        double[] w = m.getFeatureWeights();
        int[] order = m.getLabels();
        int columns = m.getNrClass() == 2 ? 1 : m.getNrClass();
        for (int f = 0; f < rows; f++) {
            for (int j = 0; j < m.getNrClass(); j++) {
                // With two classes liblinear keeps one vector, for the first label; the second is its mirror.
                double v = columns == 1 ? (j == 0 ? w[f] : -w[f]) : w[f * columns + j];
                weights[f * stride + order[j]] = (float) v;
            }
        }
        // Classes no question was labelled with keep weight 0 everywhere and a bias that never wins.
        boolean[] seen = new boolean[k];
        for (int c : order) {
            seen[c] = true;
        }
        for (int c = 0; c < k; c++) {
            if (!seen[c]) {
                weights[QuestionFeatures.SLOTS * stride + c] = -1e6f;
            }
        }
        boolean[] urgent = new boolean[k];
        faq.entries().forEach(e -> urgent[labels.indexOf(e.id())] = e.urgent());
        return new QuestionModel(labels.toArray(String[]::new), urgent, weights, p.l, concepts);
    }

    /**
     * Every question's features as liblinear reads them. Training holds them all at once, most of its
     * heap (over 3.7 million nodes for 28,000 questions): a text that comes back (an example counted
     * three times, a question two writers both wrote) shares one array, and equal nodes share one
     * object, which liblinear only reads. A node's value is its count scaled by the question's number
     * of features, so only questions with the same number can share one: they are read together, and
     * the map that finds equal nodes is cleared between groups instead of holding millions of keys.
     * Less than half the nodes are distinct: 29,749 questions needed over 140 MB of heap, and 88 MB with
     * sharing (49,493 questions with their concepts and pairs: 136 MB), so a reload can train beside the running bot
     * within its 192 MB. The price is time: nodes shared across questions lie scattered in memory, and
     * training took about 11 s instead of 7 (docs/benchmarks.md, round 3).
     */
    private static Feature[][] features(List<String> texts, ConceptTable table, int nConcepts) {
        Map<String, Integer> indexOf = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] of = new int[texts.size()];
        for (int i = 0; i < of.length; i++) {
            of[i] = indexOf.computeIfAbsent(texts.get(i), t -> {
                distinct.add(t);
                return distinct.size() - 1;
            });
        }
        // Distinct texts ordered by their number of features, each packed with its index to sort without boxing.
        long[] order = new long[distinct.size()];
        for (int d = 0; d < order.length; d++) {
            order[d] = (long) QuestionFeatures.of(Normalizer.fold(distinct.get(d))).n() << 32 | d;
        }
        Arrays.sort(order);
        Feature bias = new FeatureNode(QuestionFeatures.SLOTS + 1, 1);
        Feature[][] byDistinct = new Feature[distinct.size()][];
        Map<Integer, Feature> nodes = new HashMap<>();
        long group = -1;
        for (long o : order) {
            if (o >>> 32 != group) {
                group = o >>> 32;
                nodes.clear();
            }
            int d = (int) o;
            byDistinct[d] = features(distinct.get(d), nodes, bias, table, nConcepts);
        }
        Feature[][] x = new Feature[texts.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = byDistinct[of[i]];
        }
        return x;
    }

    /**
     * One question as liblinear reads it: slots in increasing order (1-based), each with its scaled count,
     * then the bias, then the concepts {@code table} finds in it; {@code nodes} holds the nodes of
     * questions with as many letter runs, by slot and count.
     */
    private static Feature[] features(String text, Map<Integer, Feature> nodes, Feature bias, ConceptTable table, int nConcepts) {
        String folded = Normalizer.fold(text);
        QuestionFeatures.Bag bag = QuestionFeatures.of(folded);
        int[] found = new int[nConcepts];
        int f = ConceptFeatures.found(table.find(folded, text), nConcepts, found);
        // The concepts are scaled as the letter runs are, by the runs' number only: counting them too would
        // split the groups of questions that share nodes, and training needed about 16 MB more.
        double scale = bag.scale();
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < bag.n(); i++) {
            counts.merge(bag.slots()[i], 1, Integer::sum);
        }
        int pairedUpTo = ConceptFeatures.pairedUpTo(f);
        Feature[] out = new Feature[counts.size() + 1 + f + pairedUpTo * (pairedUpTo - 1) / 2];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int index = e.getKey() + 1;
            int count = e.getValue();
            // A slot is below 2^14 and a count below the 300 letters read, so the key is unique.
            out[i++] = nodes.computeIfAbsent(index * 1024 + count, k -> new FeatureNode(index, count * scale));
        }
        // liblinear learns the bias as the weight of a feature that is always 1; indices must increase, so
        // the bias comes before the concepts, and each concept before the pairs, in the order of their rows.
        out[i++] = bias;
        for (int a = 0; a < f; a++) {
            out[i++] = conceptNode(ConceptFeatures.conceptRow(found[a]), ConceptFeatures.CONCEPT_WEIGHT * scale, nodes);
        }
        for (int a = 0; a < pairedUpTo; a++) {
            for (int b = a + 1; b < pairedUpTo; b++) {
                out[i++] = conceptNode(ConceptFeatures.pairRow(found[a], found[b], nConcepts), ConceptFeatures.PAIR_WEIGHT * scale, nodes);
            }
        }
        return out;
    }

    /** The shared node of a concept's or pair's row (0-based), liblinear's index being one more. */
    private static Feature conceptNode(int row, double value, Map<Integer, Feature> nodes) {
        int index = row + 1;
        // Count 1023 never occurs for a letter run, so the key of a concept's or pair's row is its own.
        return nodes.computeIfAbsent(index * 1024 + 1023, k -> new FeatureNode(index, value));
    }
}
