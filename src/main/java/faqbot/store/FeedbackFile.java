package faqbot.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.faq.Lang;
import faqbot.feedback.FeedbackStore;
import faqbot.feedback.Tally;
import faqbot.feedback.UnhelpfulQuestion;
import faqbot.feedback.Vote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Votes and unhelpful questions in one JSON file in the data folder ({@value #FILE_NAME}), replaced
 * atomically on each vote (votes are rare next to questions), holding no user or chat ids.
 */
public final class FeedbackFile implements FeedbackStore {
    public static final String FILE_NAME = "feedback.json";
    /** Unhelpful questions kept, newest win: plenty for the miner, bounded on disk. */
    public static final int MAX_QUESTIONS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackFile.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Clock clock;
    private final Map<String, Tally> tallies;
    private final List<UnhelpfulQuestion> questions;

    private FeedbackFile(Path file, Clock clock, Map<String, Tally> tallies, List<UnhelpfulQuestion> questions) {
        this.file = file;
        this.clock = clock;
        this.tallies = new TreeMap<>(tallies);
        this.questions = new ArrayList<>(questions);
    }

    /** Opens the file in {@code dataDir}; an unreadable file is logged and started afresh rather than stopping the bot. */
    public static FeedbackFile open(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Contents c = read(dataDir);
            return new FeedbackFile(file, Objects.requireNonNull(clock, "clock"), c.tallies(), c.questions());
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {} ({}); feedback counts start from zero", file, e.getMessage());
            return new FeedbackFile(file, clock, Map.of(), List.of());
        }
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

    /** Reads the file in {@code dataDir}; nothing recorded when it does not exist yet. */
    public static Contents read(Path dataDir) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(dataDir.resolve(FILE_NAME)));
        } catch (NoSuchFileException e) {
            return new Contents(Map.of(), List.of());
        }
        Map<String, Tally> tallies = new TreeMap<>();
        root.path("tallies").fields().forEachRemaining(f -> tallies.put(f.getKey(),
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

    @Override
    public synchronized void vote(String entryId, Vote vote) {
        tallies.merge(entryId, Tally.NONE.plus(vote), (a, b) -> a.plus(vote));
        save();
    }

    @Override
    public synchronized void unhelpful(String question, Lang lang, String shownEntryId) {
        String masked = UnansweredLog.masked(question);
        if (masked.isBlank()) {
            return;
        }
        questions.add(new UnhelpfulQuestion(clock.instant(), lang, masked, shownEntryId));
        while (questions.size() > MAX_QUESTIONS) {
            questions.remove(0);
        }
        save();
    }

    @Override
    public synchronized Map<String, Tally> tallies() {
        return Collections.unmodifiableMap(new TreeMap<>(tallies));
    }

    @Override
    public synchronized List<UnhelpfulQuestion> unhelpfulQuestions() {
        return List.copyOf(questions);
    }

    private void save() {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode t = root.putObject("tallies");
        tallies.forEach((id, v) -> t.putObject(id).put("helpful", v.helpful()).put("unhelpful", v.unhelpful()));
        ArrayNode qs = root.putArray("unhelpful");
        for (UnhelpfulQuestion q : questions) {
            qs.addObject().put("time", q.minute().toString()).put("lang", q.lang().code())
                    .put("question", q.question()).put("shown", q.shown());
        }
        try {
            AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write {}: {}", file, e.getMessage());
        }
    }
}
