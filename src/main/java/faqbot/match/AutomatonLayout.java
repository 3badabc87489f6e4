package faqbot.match;

import java.util.List;
import java.util.TreeMap;

/**
 * Lays a built trie out in the flat arrays {@link Automaton} scans, apart from the building itself
 * because the layout is chosen for the scan's speed: shallow states breadth-first and deeper
 * ones depth-first, four ints per state, single edges inline and hashed blocks for states with many edges.
 */
final class AutomatonLayout {
    /**
     * States this many letters deep or less are numbered breadth-first, the rest depth-first. Every
     * scan starts near the root, so the shallow states sit together; a deeper state is reached by
     * reading a form letter by letter, so its chain of single edges then lies in consecutive states
     * (a short question's automaton pass alone took 527-560 ns instead of 581-583 at depth 2; 1 and 3 were
     * no better).
     */
    static final int SHALLOW = 2;

    private AutomatonLayout() {
    }

    /**
     * The shallow states (up to {@code shallow} letters deep) breadth-first, then each deeper subtree
     * depth-first: a scan that follows a form letter by letter then reads consecutive states.
     */
    static int[] order(List<TreeMap<Character, Integer>> children, int[] breadthFirst, int shallow) {
        int states = children.size();
        int[] depth = new int[states];
        for (int s : breadthFirst) {
            for (int t : children.get(s).values()) {
                depth[t] = depth[s] + 1;
            }
        }
        int[] order = new int[states];
        int n = 0;
        for (int s : breadthFirst) {
            if (depth[s] <= shallow) {
                order[n++] = s;
            }
        }
        int[] stack = new int[states];
        for (int s : breadthFirst) {
            if (depth[s] != shallow) {
                continue;
            }
            int top = 0;
            for (int t : children.get(s).descendingMap().values()) {
                stack[top++] = t;
            }
            while (top > 0) {
                int t = stack[--top];
                order[n++] = t;
                for (int u : children.get(t).descendingMap().values()) {
                    stack[top++] = u;
                }
            }
        }
        return order;
    }

    /** Edge slots of a state with {@code count} edges: none for one (kept in the node), as many up to a few, or a hashed block twice as large rounded up to a power of two. */
    private static int blockSize(int count) {
        if (count == 1) {
            return 0;
        }
        return count <= Automaton.MAX_SCANNED ? count : Integer.highestOneBit(2 * count - 1) * 2;
    }

    /**
     * Lays the trie out in flat arrays, states numbered in {@link #order} (given the {@code breadthFirst} one): the shallow
     * states, which a scan visits most, sit together in a few cache lines.
     */
    static Automaton flatten(char[] classOf, int classes, List<TreeMap<Character, Integer>> children, int[] breadthFirst,
                             int[] fail, int[][] output, int[] length, boolean[] ex, boolean[] cov) {
        int states = children.size();
        int[] order = order(children, breadthFirst, SHALLOW);
        int[] id = new int[states];
        for (int i = 0; i < states; i++) {
            id[order[i]] = i;
        }
        int[] root = new int[classes + 1];
        children.get(0).forEach((c, t) -> root[c] = id[t]);
        int[] nodes = new int[4 * states];
        int edgeCount = 0;
        int outCount = 0;
        for (int s = 1; s < states; s++) {
            edgeCount += blockSize(children.get(s).size());
        }
        for (int s = 0; s < states; s++) {
            outCount += output[s].length == 0 ? 0 : output[s].length + 1;
        }
        int[] edges = new int[2 * edgeCount];
        int[] outputs = new int[outCount];
        int e = 0;
        int o = 0;
        for (int s = 0; s < states; s++) {
            int old = order[s];
            nodes[4 * s] = e;
            int count = s == 0 ? 0 : children.get(old).size();
            int size = blockSize(count);
            if (size > Automaton.MAX_SCANNED) {
                for (var edge : children.get(old).entrySet()) {
                    int i = Automaton.slot(edge.getKey(), size - 1);
                    while (edges[e + 2 * i] != 0) {
                        i = (i + 1) & (size - 1);
                    }
                    edges[e + 2 * i] = edge.getKey();
                    edges[e + 2 * i + 1] = id[edge.getValue()];
                }
                e += 2 * size;
            } else if (count == 1) {
                var edge = children.get(old).firstEntry();
                nodes[4 * s + 1] = id[edge.getValue()];
                nodes[4 * s] = -edge.getKey();
            } else if (s != 0) {
                for (var edge : children.get(old).entrySet()) {
                    edges[e++] = edge.getKey();
                    edges[e++] = id[edge.getValue()];
                }
            }
            if (count != 1) {
                nodes[4 * s + 1] = e;
            }
            nodes[4 * s + 2] = id[fail[old]];
            nodes[4 * s + 3] = output[old].length == 0 ? -1 : o;
            if (output[old].length > 0) {
                System.arraycopy(output[old], 0, outputs, o, output[old].length);
                o += output[old].length;
                outputs[o++] = -1;
            }
        }
        return new Automaton(classOf, root, nodes, edges, outputs, length, ex, cov);
    }
}
