package faqbot.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.match.MatchResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the matcher on a question set ({@code {"q": ..., "expect": [ids]}} a line, empty = off-topic,
 * optionally {@code "help": ["109"]}: numbers the answer itself must give, else the line is a miss),
 * so a rule change is judged by numbers rather than by a few hand-picked questions.
 */
public final class Evaluation {
    /**
     * One question the matcher got wrong.
     *
     * @param missingHelp help numbers the line requires that the answer's body lacks, e.g. ["109"]; empty when the entry was wrong
     */
    public record Miss(int line, String question, List<String> expected, String got, double score, List<String> missingHelp) {
        public Miss {
            expected = List.copyOf(expected);
            missingHelp = List.copyOf(missingHelp);
        }

        public Miss(int line, String question, List<String> expected, String got, double score) {
            this(line, question, expected, got, score, List.of());
        }
    }

    /** The figures of one run. */
    public record Result(int inScope, int inScopeCorrect, int offTopic, int offTopicRejected,
                         List<Miss> misses, List<String> badLines) {
        public double accuracy() {
            return inScope == 0 ? 0 : (double) inScopeCorrect / inScope;
        }

        public double rejection() {
            return offTopic == 0 ? 0 : (double) offTopicRejected / offTopic;
        }

        public String summary() {
            return String.format(Locale.ROOT, "in-scope top-1 accuracy %.3f (%d/%d), off-topic rejection %.3f (%d/%d)",
                    accuracy(), inScopeCorrect, inScope, rejection(), offTopicRejected, offTopic);
        }
    }

    private Evaluation() {
    }

    public static Result run(FaqBot bot, BufferedReader lines) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        int inScope = 0;
        int inOk = 0;
        int off = 0;
        int offOk = 0;
        List<Miss> misses = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = lines.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String q;
            Set<String> expect = new LinkedHashSet<>();
            List<String> help = new ArrayList<>();
            try {
                JsonNode node = mapper.readTree(line);
                JsonNode qn = node.get("q");
                JsonNode en = node.get("expect");
                JsonNode hn = node.get("help");
                if (qn == null || !qn.isTextual() || en == null || !en.isArray() || (hn != null && !hn.isArray())) {
                    bad.add("line " + n + ": needs \"q\" (text) and \"expect\" (list of ids), and \"help\" if any as a list");
                    continue;
                }
                q = qn.asText();
                en.forEach(x -> expect.add(x.asText()));
                if (hn != null) {
                    hn.forEach(x -> help.add(x.asText()));
                }
            } catch (IOException e) {
                bad.add("line " + n + ": not JSON");
                continue;
            }
            Answer answer = bot.ask(q);
            MatchResult m = answer.match();
            String got = m.id().orElse(null);
            if (expect.isEmpty()) {
                off++;
                if (got == null) {
                    offOk++;
                } else {
                    misses.add(new Miss(n, q, List.of(), got, m.score()));
                }
            } else {
                inScope++;
                // The help line must be in the answer itself: the warnings under every reply do not count.
                List<String> missing = help.stream().filter(h -> !answer.reply().body().contains(h)).toList();
                if (got != null && expect.contains(got) && missing.isEmpty()) {
                    inOk++;
                } else if (got != null && expect.contains(got)) {
                    misses.add(new Miss(n, q, List.copyOf(expect), got, m.score(), missing));
                } else {
                    misses.add(new Miss(n, q, List.copyOf(expect), got, m.score()));
                }
            }
        }
        return new Result(inScope, inOk, off, offOk, misses, bad);
    }
}
