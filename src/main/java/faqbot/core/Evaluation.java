package faqbot.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.Lang;
import faqbot.match.MatchResult;
import faqbot.match.Normalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the matcher on a question set ({@code {"q": ..., "expect": [ids]}} a line; an empty list
 * means off-topic, {@code null} in the list means "no match is also acceptable"; an optional
 * {@code "help": ["109"]} lists numbers the answer itself must give, else the line is a miss), so a
 * rule change is judged by numbers rather than by a few hand-picked questions.
 */
public final class Evaluation {
    /** The label used for "no entry" in expectations and confusions. */
    public static final String NO_MATCH = "no match";

    /**
     * One question the matcher got wrong.
     *
     * @param decidedBy   who picked the wrong answer: a miss of the question model is mended with labelled
     *                    questions in faq/questions/, a miss of the rules with the vocabulary or the rules
     * @param missingHelp help numbers the line requires that the answer's body lacks, e.g. ["109"]; empty when the entry was wrong
     */
    public record Miss(int line, String question, List<String> expected, String got, double score,
                       MatchResult.Decider decidedBy, List<String> missingHelp) {
        public Miss {
            expected = List.copyOf(expected);
            Objects.requireNonNull(decidedBy, "decidedBy");
            missingHelp = List.copyOf(missingHelp);
        }

        Miss(int line, String question, List<String> expected, String got, MatchResult m) {
            this(line, question, expected, got, m.score(), m.decidedBy(), List.of());
        }
    }

    /** Top-1 counts of one entry: answered rightly, answered wrongly, and missed. */
    public record EntryStats(String id, int truePositives, int falsePositives, int falseNegatives) {
        public Optional<Double> precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public Optional<Double> recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }
    }

    /** How often questions expecting {@code expected} were answered with {@code got}. */
    public record Confusion(String expected, String got, int count) {
    }

    /**
     * The figures of the lines whose question the FAQ's question model did not learn: writers of fresh
     * batches often write a common question word for word as an earlier writer did, and a question the
     * model learned is not an unseen one.
     *
     * @param lines    how many scored lines have no twin among the labelled questions and examples
     * @param twins    how many do (the same letters and digits, whatever the case, spacing or punctuation)
     */
    public record Novel(int lines, int twins, int inScope, int inScopeCorrect, int offTopic, int offTopicRejected) {
        /** The summary line of these lines alone. */
        public String summary() {
            return "lines with no twin among the learned questions (" + lines + ", " + twins + " twins left out): "
                    + figures(inScope, inScopeCorrect, offTopic, offTopicRejected);
        }
    }

    /** The figures of one run; {@code novel} is empty when the FAQ learned from no labelled questions. */
    public record Result(int inScope, int inScopeCorrect, int offTopic, int offTopicRejected,
                         List<Miss> misses, List<String> badLines, List<EntryStats> entries, List<Confusion> confusions,
                         Optional<Novel> novel) {
        public Optional<Double> accuracy() {
            return ratio(inScopeCorrect, inScope);
        }

        public Optional<Double> rejection() {
            return ratio(offTopicRejected, offTopic);
        }

        /** The one summary line; "n/a" for a part with no questions. */
        public String summary() {
            return figures(inScope, inScopeCorrect, offTopic, offTopicRejected);
        }

        /** Whether both figures reach the bars; a part without questions cannot fail its bar. */
        public boolean meets(double minInScope, double minOffTopic) {
            return accuracy().orElse(1.0) >= minInScope && rejection().orElse(1.0) >= minOffTopic;
        }
    }

    private Evaluation() {
    }

    /** The two figures as the summary line gives them; "n/a" for a part with no questions. */
    static String figures(int inScope, int inScopeCorrect, int offTopic, int offTopicRejected) {
        return "in-scope top-1 accuracy " + fmt(ratio(inScopeCorrect, inScope)) + " (" + inScopeCorrect + "/" + inScope
                + "), off-topic rejection " + fmt(ratio(offTopicRejected, offTopic)) + " (" + offTopicRejected + "/" + offTopic + ")";
    }

    static Optional<Double> ratio(int num, int den) {
        return den == 0 ? Optional.empty() : Optional.of((double) num / den);
    }

    public static String fmt(Optional<Double> d) {
        return d.map(x -> String.format(Locale.ROOT, "%.3f", x)).orElse("n/a");
    }

    public static Result run(FaqBot bot, BufferedReader lines) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Set<String> ids = bot.faq().byId().keySet();
        Set<String> learned = learned(bot.faq());
        Tally all = new Tally();
        // The lines with no twin among the learned questions, and how many have one.
        Tally novel = new Tally();
        int twins = 0;
        List<Miss> misses = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        Map<String, int[]> stats = new TreeMap<>();
        ids.forEach(id -> stats.put(id, new int[3]));
        Map<String, Integer> confusions = new TreeMap<>();
        String line;
        int n = 0;
        while ((line = lines.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String q;
            Set<String> expect = new LinkedHashSet<>();
            boolean noneAcceptable = false;
            List<String> help = new ArrayList<>();
            try {
                JsonNode node = mapper.readTree(line);
                JsonNode qn = node == null ? null : node.get("q");
                JsonNode en = node == null ? null : node.get("expect");
                JsonNode hn = node == null ? null : node.get("help");
                if (qn == null || !qn.isTextual() || en == null || !en.isArray() || (hn != null && !hn.isArray())) {
                    bad.add("line " + n + ": needs \"q\" (text) and \"expect\" (list of ids), and \"help\" if any as a list");
                    continue;
                }
                q = qn.asText();
                if (hn != null) {
                    hn.forEach(x -> help.add(x.asText()));
                }
                String unknown = null;
                for (JsonNode x : en) {
                    if (x.isNull()) {
                        noneAcceptable = true;
                    } else if (!x.isTextual() || !ids.contains(x.asText())) {
                        unknown = x.toString();
                    } else {
                        expect.add(x.asText());
                    }
                }
                if (unknown != null) {
                    bad.add("line " + n + ": unknown entry id " + unknown);
                    continue;
                }
            } catch (IOException e) {
                bad.add("line " + n + ": not JSON");
                continue;
            }
            Answer answer = bot.ask(q);
            MatchResult m = answer.match();
            String got = m.id().orElse(null);
            boolean offTopic = expect.isEmpty();
            boolean right = offTopic ? got == null : got == null ? noneAcceptable : expect.contains(got);
            // The help line must be in the answer itself: the warnings under every reply do not count.
            List<String> missing = help.stream().filter(h -> !answer.reply().body().contains(h)).toList();
            boolean counts = right && (offTopic || missing.isEmpty());
            all.add(offTopic, counts);
            if (learned.contains(twinKey(q))) {
                twins++;
            } else {
                novel.add(offTopic, counts);
            }
            if (offTopic) {
                if (!right) {
                    misses.add(new Miss(n, q, List.of(), got, m));
                    stats.get(got)[1]++;
                    confusions.merge(NO_MATCH + " => " + got, 1, Integer::sum);
                }
                continue;
            }
            if (right && !missing.isEmpty()) {
                misses.add(new Miss(n, q, List.copyOf(expect), got, m.score(), m.decidedBy(), missing));
                if (got != null) {
                    stats.get(got)[0]++;
                }
                continue;
            }
            if (right) {
                if (got != null) {
                    stats.get(got)[0]++;
                }
                continue;
            }
            List<String> expected = new ArrayList<>(expect);
            if (noneAcceptable) {
                expected.add(NO_MATCH);
            }
            misses.add(new Miss(n, q, expected, got, m));
            String first = expect.iterator().next();
            stats.get(first)[2]++;
            if (got != null) {
                stats.get(got)[1]++;
            }
            confusions.merge(first + " => " + (got == null ? NO_MATCH : got), 1, Integer::sum);
        }
        List<EntryStats> entries = new ArrayList<>();
        stats.forEach((id, s) -> entries.add(new EntryStats(id, s[0], s[1], s[2])));
        List<Confusion> conf = new ArrayList<>();
        confusions.forEach((k, c) -> {
            String[] p = k.split(" => ", 2);
            conf.add(new Confusion(p[0], p[1], c));
        });
        conf.sort((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count())
                : (a.expected() + a.got()).compareTo(b.expected() + b.got()));
        Optional<Novel> unseen = learned.isEmpty() ? Optional.empty()
                : Optional.of(new Novel(novel.inScope + novel.offTopic, twins, novel.inScope, novel.inScopeRight, novel.offTopic,
                        novel.offTopicRejected));
        return new Result(all.inScope, all.inScopeRight, all.offTopic, all.offTopicRejected, misses, bad, entries, conf, unseen);
    }

    /** Right answers among in-scope and off-topic lines, counted as they are scored. */
    private static final class Tally {
        int inScope;
        int inScopeRight;
        int offTopic;
        int offTopicRejected;

        void add(boolean offTopicLine, boolean right) {
            if (offTopicLine) {
                offTopic++;
                offTopicRejected += right ? 1 : 0;
            } else {
                inScope++;
                inScopeRight += right ? 1 : 0;
            }
        }
    }

    /** What the question model learned from (labelled questions and examples), by {@link #twinKey}; empty without a model. */
    private static Set<String> learned(Faq faq) {
        Set<String> out = new HashSet<>();
        if (faq.questions().isEmpty()) {
            return out;
        }
        faq.questions().forEach(q -> out.add(twinKey(q.text())));
        for (Entry e : faq.entries()) {
            for (Lang lang : Lang.values()) {
                e.text(lang).examples().forEach(x -> out.add(twinKey(x)));
            }
        }
        return out;
    }

    /** A question's letters and digits as the normaliser reads them: "Is it legal?" and "is it  legal" are twins. */
    private static String twinKey(String q) {
        return Normalizer.normalize(q).compact();
    }
}
