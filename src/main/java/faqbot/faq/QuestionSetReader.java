package faqbot.faq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the labelled questions in {@code faq/questions/*.jsonl}, the same line format as the eval
 * sets ({@code {"q": ..., "expect": [ids]}}), strictly: a line the model would silently learn wrong
 * from (an unknown id, no text) is a problem with its file and line, like any broken FAQ file.
 */
final class QuestionSetReader {
    static final String FOLDER = "questions";
    private static final Set<String> FIELDS = Set.of("q", "expect", "help", "category");

    private QuestionSetReader() {
    }

    /** The questions of every file in {@code dir}, in file-name order; none when the folder is absent. */
    static List<LabelledQuestion> read(ObjectMapper mapper, Path dir, Set<String> ids, List<FaqProblem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(new FaqProblem(FOLDER + "/", "", "", "cannot list: " + e.getMessage()));
            return List.of();
        }
        List<LabelledQuestion> out = new ArrayList<>();
        for (Path file : files) {
            readFile(mapper, file, FOLDER + "/" + file.getFileName(), ids, problems, out);
        }
        return List.copyOf(out);
    }

    private static void readFile(ObjectMapper mapper, Path file, String name, Set<String> ids,
                                 List<FaqProblem> problems, List<LabelledQuestion> out) {
        try {
            if (Files.size(file) > FaqLoader.MAX_FILE_BYTES) {
                problems.add(new FaqProblem(name, "", "", "file larger than " + FaqLoader.MAX_FILE_BYTES + " bytes: split it"));
                return;
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        parse(mapper, line, name, n, ids, problems).ifPresent(out::add);
                    }
                }
            }
        } catch (IOException e) {
            // A file that is not UTF-8 lands here too (MalformedInputException).
            problems.add(new FaqProblem(name, "", "", "cannot read as UTF-8 text: " + e.getMessage()));
        }
    }

    private static Optional<LabelledQuestion> parse(ObjectMapper mapper, String line, String name, int n,
                                                    Set<String> ids, List<FaqProblem> problems) {
        String where = "line " + n;
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(new FaqProblem(name, "", where, "not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        JsonNode q = node == null ? null : node.get("q");
        JsonNode expect = node == null ? null : node.get("expect");
        if (q == null || !q.isTextual() || q.asText().isBlank() || expect == null || !expect.isArray()) {
            problems.add(new FaqProblem(name, "", where, "needs \"q\" (non-empty text) and \"expect\" (a list of entry ids, [] for off-topic)"));
            return Optional.empty();
        }
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                problems.add(new FaqProblem(name, "", where, "unknown field '" + f + "' (allowed: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")"));
                return Optional.empty();
            }
        }
        // The first id is what the model learns; the others (and null, "no answer is fine too") only matter to eval.
        Optional<String> label = Optional.empty();
        for (JsonNode x : expect) {
            if (x.isNull()) {
                continue;
            }
            if (!x.isTextual() || !ids.contains(x.asText())) {
                problems.add(new FaqProblem(name, "", where, "unknown entry id " + x + " in \"expect\""));
                return Optional.empty();
            }
            if (label.isEmpty()) {
                label = Optional.of(x.asText());
            }
        }
        return Optional.of(new LabelledQuestion(q.asText(), label, name + ":" + n, name.endsWith("/" + LabelledQuestion.CONFIRMED_FILE)));
    }
}
