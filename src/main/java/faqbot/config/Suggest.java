package faqbot.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The "did you mean" for a mistyped key, because a list of twenty keys hides the one the operator meant. */
final class Suggest {
    private Suggest() {
    }

    /** The known word closest to {@code typed} (ignoring case), if it is close enough to be the one meant. */
    static Optional<String> nearest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        // Up to a third of the word wrong (at least 2 edits), so "treshold" finds threshold but "port" finds nothing.
        return best != null && bestDistance <= Math.max(2, t.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
