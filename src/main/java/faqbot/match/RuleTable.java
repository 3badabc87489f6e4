package faqbot.match;

import faqbot.faq.Entry;
import faqbot.faq.EntryRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every entry's rules over concept slots, kept the other way round: for each slot, which entries
 * need it, are helped by it, are ruled out by it, or mention it as a topic, with the weights. A
 * question finds a handful of the slots, so scoring reads only their lists: reading each entry's own
 * rules (hundreds of terms over 21 entries, a few of them found) was a tenth of a question's time.
 * The sums are integers, so the order they are added in changes nothing. Immutable.
 */
final class RuleTable {
    // The roles a slot plays for an entry, each list in postings as (entry, weight) pairs.
    private static final int NEED = 0;
    private static final int HELP = 1;
    private static final int UNLESS = 2;
    private static final int TOPIC = 3;
    private static final int ROLES = 4;

    // The list of slot s in role r is postings[from[s * ROLES + r] .. from[s * ROLES + r + 1]).
    private final int[] from;
    private final int[] postings;
    private final String[] ids;
    private final int[] orders;
    private final boolean[] urgent;
    private final int[] topics;
    // Each thread's tally, so that scoring allocates nothing but the candidates it returns.
    private final ThreadLocal<int[]> tallies;

    RuleTable(List<Entry> entries, ConceptTable concepts) {
        int n = entries.size();
        int slots = concepts.slotCount();
        this.ids = new String[n];
        this.orders = new int[n];
        this.urgent = new boolean[n];
        this.topics = concepts.topics();
        List<List<int[]>> lists = new ArrayList<>();
        for (int i = 0; i < slots * ROLES; i++) {
            lists.add(new ArrayList<>());
        }
        for (int e = 0; e < n; e++) {
            Entry entry = entries.get(e);
            EntryRules r = entry.rules();
            ids[e] = entry.id();
            orders[e] = entry.order();
            urgent[e] = entry.urgent();
            boolean[] mentioned = new boolean[slots];
            int role = NEED;
            for (Map<String, Integer> group : List.of(r.needs(), r.helps())) {
                int[] s = concepts.slots(group.keySet());
                int[] w = group.values().stream().mapToInt(Integer::intValue).toArray();
                for (int i = 0; i < s.length; i++) {
                    lists.get(s[i] * ROLES + role).add(new int[] {e, w[i]});
                    mentioned[s[i]] = true;
                }
                role = HELP;
            }
            for (int s : concepts.slots(r.unless())) {
                lists.get(s * ROLES + UNLESS).add(new int[] {e, 0});
            }
            for (int t : topics) {
                if (mentioned[t]) {
                    lists.get(t * ROLES + TOPIC).add(new int[] {e, 0});
                }
            }
        }
        this.from = new int[slots * ROLES + 1];
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            from[i] = out.size();
            for (int[] p : lists.get(i)) {
                out.add(p[0]);
                out.add(p[1]);
            }
        }
        from[lists.size()] = out.size();
        this.postings = out.stream().mapToInt(Integer::intValue).toArray();
        this.tallies = ThreadLocal.withInitial(() -> new int[ROLES * n]);
    }

    /**
     * The entries scoring above zero for the slots {@code found}, best first, an urgent entry at the
     * threshold or above ahead of all. An entry scores the weights of its needed concepts found (none
     * found: no score), plus those of its helping ones, less a point for each topic found that it does
     * not mention (urgent entries excepted: a person in crisis mentions debt and scams too); an
     * excluding concept found, or an outside subject without the bot's own ({@code outsideOnly}),
     * rules it out.
     */
    List<Candidate> score(boolean[] found, boolean outsideOnly, double threshold) {
        int n = ids.length;
        // Per entry: what its needed and helping concepts found weigh, how many of the topics found it
        // mentions, and whether an excluding one was found.
        int[] tally = tallies.get();
        Arrays.fill(tally, 0);
        int topicsFound = 0;
        for (int t : topics) {
            if (found[t]) {
                topicsFound++;
            }
        }
        for (int s = 0; s < found.length; s++) {
            if (!found[s]) {
                continue;
            }
            for (int role = 0; role < ROLES; role++) {
                int base = role * n;
                for (int p = from[s * ROLES + role]; p < from[s * ROLES + role + 1]; p += 2) {
                    tally[base + postings[p]] += role <= HELP ? postings[p + 1] : 1;
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        Optional<Candidate> urgentHit = Optional.empty();
        for (int e = 0; e < n; e++) {
            int need = tally[NEED * n + e];
            if (outsideOnly && !urgent[e] || need == 0 || tally[UNLESS * n + e] > 0) {
                continue;
            }
            int unexplained = topicsFound - tally[TOPIC * n + e];
            double score = (double) need + (double) tally[HELP * n + e] - (urgent[e] ? 0 : unexplained);
            if (score > 0) {
                out.add(new Candidate(ids[e], score, orders[e]));
                if (urgent[e] && score >= threshold) {
                    urgentHit = Optional.of(out.get(out.size() - 1));
                }
            }
        }
        out.sort(null);
        if (urgentHit.isPresent()) {
            out.remove(urgentHit.get());
            out.add(0, urgentHit.get());
        }
        return out;
    }
}
