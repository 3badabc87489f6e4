package faqbot.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over the prepared question text: every surface form of the FAQ is
 * found in one left-to-right pass, whatever the number of forms, Korean without spaces included.
 * Immutable after {@link Builder#build()}; {@link #scan} allocates nothing.
 */
final class Automaton {
    /** States with at most this many edges keep them in a list scanned in order; others hash theirs. */
    static final int MAX_SCANNED = 8;
    /**
     * Each char that occurs in some pattern numbered 1, 2, ... (about 1,100 of them); 0 for every
     * other char, which leads back to the root without walking fail links.
     */
    private final char[] classOf;
    /** Direct transitions from the root for every class, the state most often left. */
    private final int[] rootNext;
    /**
     * Four ints per state s at 4s, read together: the start and end of its edges in {@link #edges}
     * (or, for a state with one edge, minus its class and its target), its fail link, and the start
     * of its outputs in {@link #outputs}, or -1 when it has none (most states). Most states have one edge.
     */
    private final int[] nodes;
    /** Each state's edges as (class, target) pairs: a short list, or a hashed block (class 0 marks a free slot). */
    private final int[] edges;
    /** Patterns ending at each state, following dictionary suffix links; each state's list ends with -1. */
    private final int[] outputs;
    private final int[] patternLength;
    private final boolean[] patternExact;
    private final boolean[] patternCovers;

    Automaton(char[] classOf, int[] rootNext, int[] nodes, int[] edges, int[] outputs, int[] patternLength,
                      boolean[] patternExact, boolean[] patternCovers) {
        this.classOf = classOf;
        this.rootNext = rootNext;
        this.nodes = nodes;
        this.edges = edges;
        this.outputs = outputs;
        this.patternLength = patternLength;
        this.patternExact = patternExact;
        this.patternCovers = patternCovers;
    }

    int patternCount() {
        return patternLength.length;
    }

    /** Receives each pattern occurrence. */
    interface Hits {
        void hit(int pattern, int start, int end);
    }

    /**
     * Reports every occurrence of every pattern in {@code text[0..len)} that no longer occurrence
     * of a covering pattern contains (so "carrier billing" is not also "carrier", 내구제 not also
     * 구제), and of two with the same span the exact form over a typo variant. Patterns added as
     * not covering (question-kind cues) never hide others: "처벌받나" asks and names the topic. {@code scratch} holds at least 3 ints per hit.
     */
    int scan(char[] text, int len, int[] scratch, Hits hits) {
        int n = 0;
        int state = 0;
        for (int i = 0; i < len; i++) {
            state = next(state, classOf[text[i]]);
            int k = nodes[4 * state + 3];
            if (k < 0) {
                continue;
            }
            for (int p = outputs[k]; p >= 0 && n + 3 <= scratch.length; p = outputs[++k]) {
                scratch[n++] = p;
                scratch[n++] = i + 1 - patternLength[p];
                scratch[n++] = i + 1;
            }
        }
        // Hits were recorded by increasing end; walking back, a hit is dropped when a hit ending
        // later (or at the same place, longer or exact) starts at or before it.
        int minStartAfter = Integer.MAX_VALUE;
        int reported = 0;
        int g = n;
        while (g > 0) {
            int end = scratch[g - 1];
            int groupStart = g;
            while (groupStart > 0 && scratch[groupStart - 1] == end) {
                groupStart -= 3;
            }
            int bestStart = Integer.MAX_VALUE;
            boolean bestExact = false;
            for (int h = groupStart; h < g; h += 3) {
                int s = scratch[h + 1];
                boolean exact = patternExact[scratch[h]];
                if (!patternCovers[scratch[h]]) {
                    continue;
                }
                if (s < bestStart || (s == bestStart && exact && !bestExact)) {
                    bestStart = s;
                    bestExact = exact;
                }
            }
            for (int h = groupStart; h < g; h += 3) {
                int p = scratch[h];
                int s = scratch[h + 1];
                boolean coveredLater = minStartAfter <= s;
                boolean coveredHere = s > bestStart || (s == bestStart && !patternExact[p] && bestExact);
                if (!coveredLater && !coveredHere) {
                    hits.hit(p, s, end);
                    reported++;
                }
            }
            minStartAfter = Math.min(minStartAfter, bestStart);
            g = groupStart;
        }
        return reported;
    }

    private int next(int state, char c) {
        if (c == 0) {
            return 0;
        }
        while (state != 0) {
            int lo = nodes[4 * state];
            int hi = nodes[4 * state + 1];
            if (lo < 0) {
                // The one edge of a state on a chain, kept in the node itself: no second memory access.
                if (-lo == c) {
                    return hi;
                }
            } else {
                int t = hi - lo <= 2 * MAX_SCANNED ? scanEdges(lo, hi, c) : probeEdges(lo, hi, c);
                if (t >= 0) {
                    return t;
                }
            }
            state = nodes[4 * state + 2];
        }
        return rootNext[c];
    }

    private int scanEdges(int lo, int hi, char c) {
        for (int e = lo; e < hi; e += 2) {
            if (edges[e] == c) {
                return edges[e + 1];
            }
        }
        return -1;
    }

    /** A state with many edges keeps them in an open-addressing block of its own, a power of two at most half full. */
    private int probeEdges(int lo, int hi, char c) {
        int mask = (hi - lo) / 2 - 1;
        for (int i = slot(c, mask); ; i = (i + 1) & mask) {
            int k = edges[lo + 2 * i];
            if (k == c) {
                return edges[lo + 2 * i + 1];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    static int slot(int c, int mask) {
        return ((c * 0x9E3779B1) >>> 16) & mask;
    }

    /** Collects patterns, then builds the automaton once. */
    static final class Builder {
        private final List<char[]> patterns = new ArrayList<>();
        private final List<Boolean> exact = new ArrayList<>();
        private final List<Boolean> covers = new ArrayList<>();

        /**
         * Adds a pattern and returns its id; {@code exactForm} is false for generated typo variants,
         * {@code covering} false for patterns that must not hide the shorter ones inside them.
         */
        int add(String pattern, boolean exactForm, boolean covering) {
            patterns.add(pattern.toCharArray());
            exact.add(exactForm);
            covers.add(covering);
            return patterns.size() - 1;
        }

        Automaton build() {
            char[] classOf = new char[Character.MAX_VALUE + 1];
            int classes = 0;
            for (char[] p : patterns) {
                for (char c : p) {
                    if (classOf[c] == 0) {
                        classOf[c] = (char) ++classes;
                    }
                }
            }
            List<TreeMap<Character, Integer>> children = new ArrayList<>();
            List<List<Integer>> ends = new ArrayList<>();
            children.add(new TreeMap<>());
            ends.add(new ArrayList<>());
            int[] length = new int[patterns.size()];
            boolean[] ex = new boolean[patterns.size()];
            boolean[] cov = new boolean[patterns.size()];
            for (int p = 0; p < patterns.size(); p++) {
                char[] s = patterns.get(p);
                length[p] = s.length;
                ex[p] = exact.get(p);
                cov[p] = covers.get(p);
                int state = 0;
                for (char c : s) {
                    Integer t = children.get(state).get(classOf[c]);
                    if (t == null) {
                        t = children.size();
                        children.get(state).put(classOf[c], t);
                        children.add(new TreeMap<>());
                        ends.add(new ArrayList<>());
                    }
                    state = t;
                }
                ends.get(state).add(p);
            }
            int states = children.size();
            int[] fail = new int[states];
            int[][] output = new int[states][];
            ArrayDeque<Integer> queue = new ArrayDeque<>(children.get(0).values());
            output[0] = new int[0];
            int[] order = new int[states];
            int visited = 1;
            while (!queue.isEmpty()) {
                int s = queue.poll();
                order[visited++] = s;
                List<Integer> out = new ArrayList<>(ends.get(s));
                for (int p : output[fail[s]]) {
                    out.add(p);
                }
                output[s] = out.stream().mapToInt(Integer::intValue).toArray();
                for (var e : children.get(s).entrySet()) {
                    int t = e.getValue();
                    int f = fail[s];
                    while (f != 0 && !children.get(f).containsKey(e.getKey())) {
                        f = fail[f];
                    }
                    Integer ft = children.get(f).get(e.getKey());
                    fail[t] = ft != null && ft != t ? ft : 0;
                    queue.add(t);
                }
            }
            return AutomatonLayout.flatten(classOf, classes, children, order, fail, output, length, ex, cov);
        }
    }
}
