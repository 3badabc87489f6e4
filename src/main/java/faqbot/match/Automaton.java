package faqbot.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over the prepared question text: every surface form of the FAQ is
 * found in one left-to-right pass, whatever the number of forms, Korean without spaces included.
 * Immutable after {@link Builder#build()}; {@link #scan} allocates nothing.
 */
final class Automaton {
    /** Transition table: (state << 16 | char) to next state, open addressing. */
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    /** Direct transitions from the root for every char, the state most often left. */
    private final int[] rootNext;
    /** Whether a char occurs in any pattern: any other char leads back to the root without walking fail links. */
    private final boolean[] alphabet;
    private final int[] fail;
    /** Patterns ending at each state, following dictionary suffix links. */
    private final int[][] output;
    private final int[] patternLength;
    private final boolean[] patternExact;
    private final boolean[] patternCovers;

    private Automaton(long[] edgeKeys, int[] edgeTargets, int[] rootNext, boolean[] alphabet, int[] fail, int[][] output,
                      int[] patternLength, boolean[] patternExact, boolean[] patternCovers) {
        this.alphabet = alphabet;
        this.edgeKeys = edgeKeys;
        this.edgeTargets = edgeTargets;
        this.edgeMask = edgeKeys.length - 1;
        this.rootNext = rootNext;
        this.fail = fail;
        this.output = output;
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
            state = next(state, text[i]);
            int[] out = output[state];
            for (int k = 0; k < out.length && n + 3 <= scratch.length; k++) {
                int p = out[k];
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
        if (!alphabet[c]) {
            return 0;
        }
        while (true) {
            if (state == 0) {
                return rootNext[c];
            }
            int t = edge(state, c);
            if (t >= 0) {
                return t;
            }
            state = fail[state];
        }
    }

    private int edge(int state, char c) {
        long key = ((long) state << 16) | c;
        int i = (int) (mix(key) & edgeMask);
        while (edgeTargets[i] >= 0) {
            if (edgeKeys[i] == key) {
                return edgeTargets[i];
            }
            i = (i + 1) & edgeMask;
        }
        return -1;
    }

    private static long mix(long k) {
        k *= 0x9E3779B97F4A7C15L;
        return k ^ (k >>> 32);
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
            List<java.util.Map<Character, Integer>> children = new ArrayList<>();
            List<List<Integer>> ends = new ArrayList<>();
            children.add(new java.util.HashMap<>());
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
                    Integer t = children.get(state).get(c);
                    if (t == null) {
                        t = children.size();
                        children.get(state).put(c, t);
                        children.add(new java.util.HashMap<>());
                        ends.add(new ArrayList<>());
                    }
                    state = t;
                }
                ends.get(state).add(p);
            }
            int states = children.size();
            int[] fail = new int[states];
            int[][] output = new int[states][];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            output[0] = new int[0];
            for (int t : children.get(0).values()) {
                fail[t] = 0;
                queue.add(t);
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
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
            int edges = states;
            int cap = Integer.highestOneBit(Math.max(4, edges * 2)) * 2;
            long[] keys = new long[cap];
            int[] targets = new int[cap];
            Arrays.fill(targets, -1);
            int[] root = new int[Character.MAX_VALUE + 1];
            boolean[] alphabet = new boolean[Character.MAX_VALUE + 1];
            for (char[] p : patterns) {
                for (char c : p) {
                    alphabet[c] = true;
                }
            }
            for (int s = 0; s < states; s++) {
                for (var e : children.get(s).entrySet()) {
                    if (s == 0) {
                        root[e.getKey()] = e.getValue();
                        continue;
                    }
                    long key = ((long) s << 16) | e.getKey();
                    int i = (int) (mix(key) & (cap - 1));
                    while (targets[i] >= 0) {
                        i = (i + 1) & (cap - 1);
                    }
                    keys[i] = key;
                    targets[i] = e.getValue();
                }
            }
            return new Automaton(keys, targets, root, alphabet, fail, output, length, ex, cov);
        }
    }
}
