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
 * Scores the matcher on a question set ({@code {"q": ..., "expect": [ids]}} a line, empty = off-topic),
 * so a rule change is judged by numbers rather than by a few hand-picked questions.
 */
public final class Evaluation {
    /** One question the matcher got wrong. */
    public record Miss(int line, String question, List<String> expected, String got, double score) {
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
            try {
                JsonNode node = mapper.readTree(line);
                JsonNode qn = node.get("q");
                JsonNode en = node.get("expect");
                if (qn == null || !qn.isTextual() || en == null || !en.isArray()) {
                    bad.add("line " + n + ": needs \"q\" (text) and \"expect\" (list of ids)");
                    continue;
                }
                q = qn.asText();
                en.forEach(x -> expect.add(x.asText()));
            } catch (IOException e) {
                bad.add("line " + n + ": not JSON");
                continue;
            }
            MatchResult m = bot.ask(q).match();
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
                if (got != null && expect.contains(got)) {
                    inOk++;
                } else {
                    misses.add(new Miss(n, q, List.copyOf(expect), got, m.score()));
                }
            }
        }
        return new Result(inScope, inOk, off, offOk, misses, bad);
    }
}
