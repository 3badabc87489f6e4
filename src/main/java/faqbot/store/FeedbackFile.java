package faqbot.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.faq.Lang;
import faqbot.feedback.Tally;
import faqbot.feedback.UnhelpfulQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the feedback as earlier versions kept it, one JSON file in the data folder
 * ({@value #FILE_NAME}), for the one-time import into the state file, and reads the feedback for
 * the report from wherever it is kept. Holds no user or chat ids.
 */
public final class FeedbackFile {
    public static final String FILE_NAME = "feedback.json";
    /** Unhelpful questions kept, newest win: plenty for the miner, bounded on disk. */
    public static final int MAX_QUESTIONS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackFile.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FeedbackFile() {
    }

    /**
     * What a feedback file holds, as read by {@link #read}.
     *
     * @param tallies   votes per entry id
     * @param questions unhelpful questions, oldest first
     */
    public record Contents(Map<String, Tally> tallies, List<UnhelpfulQuestion> questions) {
        public Contents {
            tallies = Collections.unmodifiableMap(new TreeMap<>(tallies));
            questions = List.copyOf(questions);
        }
    }

    /**
     * The feedback kept in {@code dataDir}: from the state file once it was imported there, else from
     * {@value #FILE_NAME}; nothing recorded when neither exists yet.
     */
    public static Contents read(Path dataDir) throws IOException {
        Optional<Contents> fromState = DbFeedback.read(dataDir);
        return fromState.isPresent() ? fromState.get() : readFile(dataDir);
    }

    /** Reads {@value #FILE_NAME} in {@code dataDir}; nothing recorded when it does not exist. */
    static Contents readFile(Path dataDir) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(dataDir.resolve(FILE_NAME)));
        } catch (NoSuchFileException e) {
            return new Contents(Map.of(), List.of());
        }
        Map<String, Tally> tallies = new TreeMap<>();
        root.path("tallies").properties().forEach(f -> tallies.put(f.getKey(),
                new Tally(Math.max(0, f.getValue().path("helpful").asLong()), Math.max(0, f.getValue().path("unhelpful").asLong()))));
        List<UnhelpfulQuestion> questions = new ArrayList<>();
        for (JsonNode q : root.path("unhelpful")) {
            try {
                questions.add(new UnhelpfulQuestion(Instant.parse(q.path("time").asText()),
                        Lang.fromCode(q.path("lang").asText()).orElseThrow(), q.path("question").asText(), q.path("shown").asText()));
            } catch (RuntimeException e) {
                // One damaged record (a hand edit) costs that record, not the whole file.
                LOG.debug("skipping an unreadable unhelpful record: {}", e.getMessage());
            }
        }
        return new Contents(tallies, questions);
    }
}
