package faqbot.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.core.ChatKind;
import faqbot.faq.Lang;
import faqbot.match.Candidate;
import faqbot.match.MatchResult;
import faqbot.match.Normalizer;
import faqbot.text.Printable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions the FAQ could not answer (or only just), kept so maintainers can see which rules
 * to add: records holding no user, name or chat identifiers, capped to its newest records, in the
 * state file (or, for tools and tests without one, a JSON-lines file in the data folder). Thread-safe; never throws at the caller, because answering a question
 * must not fail just because the log could not be written.
 */
public final class UnansweredLog {
    /** The log's file name inside the data folder. */
    public static final String FILE_NAME = "unanswered.jsonl";
    /** Questions are cut to this many characters: enough to see what was meant, not a pasted document. */
    public static final int MAX_QUESTION_CHARS = 500;
    /** The only keys a log line ever has. */
    public static final Set<String> KEYS = Set.of("time", "lang", "chat", "question", "candidate", "score", "outcome");

    private static final Logger LOG = LoggerFactory.getLogger(UnansweredLog.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Compacting only when 20% over the cap turns a rewrite per record into one per cap/5 records. */
    private static final double SLACK = 1.2;

    private final Path file;
    private final Optional<DbUnanswered> db;
    private final int maxRecords;
    private final int compactAt;
    private final Clock clock;
    private final Object lock = new Object();
    private long lines;
    private boolean failing;

    UnansweredLog(Path file, Optional<DbUnanswered> db, int maxRecords, Clock clock) {
        this.file = file;
        this.db = db;
        this.maxRecords = maxRecords;
        this.compactAt = Math.max(maxRecords + 1, (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(maxRecords * SLACK)));
        this.clock = clock;
    }

    /** Opens (or starts) the log in {@code dataDir}; problems are logged, not thrown, like every write. */
    public static UnansweredLog open(Path dataDir, int maxRecords) {
        return open(dataDir, maxRecords, Clock.systemUTC());
    }

    /** As {@link #open(Path, int)} with a clock, so tests control the recorded minute. */
    public static UnansweredLog open(Path dataDir, int maxRecords, Clock clock) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be 1 or more, was " + maxRecords);
        }
        UnansweredLog log = new UnansweredLog(dataDir.resolve(FILE_NAME), Optional.empty(), maxRecords, Objects.requireNonNull(clock, "clock"));
        log.prepare();
        return log;
    }

    /**
     * The log in the state file; the first time, imports {@code unanswered.jsonl} from {@code dataDir}
     * if there is one (and says so in the log). Problems are logged, not thrown, like every write.
     */
    public static UnansweredLog open(StateDb state, Path dataDir, int maxRecords, Clock clock) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be 1 or more, was " + maxRecords);
        }
        return DbUnanswered.open(state, dataDir, maxRecords, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Records the question if it got no match or a close call, and has any words; the caller
     * decides whether the chat opted out.
     *
     * @return whether a line was written
     */
    public boolean record(MatchResult m, ChatKind chat) {
        Objects.requireNonNull(m, "m");
        Objects.requireNonNull(chat, "chat");
        if ((m.matched() && !m.closeCall()) || m.normalized().isEmpty()) {
            return false;
        }
        byte[] line;
        try {
            String question = masked(m.question());
            Optional<Candidate> top = m.topCandidate();
            UnansweredRecord r = new UnansweredRecord(clock.instant(), m.lang(), chat, question,
                    top.map(Candidate::id), top.map(Candidate::score).orElse(0.0), m.matched());
            line = (MAPPER.writeValueAsString(UnansweredJson.toJson(r)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return failed(e);
        }
        synchronized (lock) {
            if (db.isPresent()) {
                try {
                    db.get().append(new String(line, StandardCharsets.UTF_8).strip());
                    recovered();
                    return true;
                } catch (java.sql.SQLException | RuntimeException e) {
                    return failed(e);
                }
            }
            try {
                Files.createDirectories(file.getParent());
                // Not fsynced: losing the last few records in a power cut is fine for a statistics log.
                Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                lines++;
                if (lines >= compactAt) {
                    compact();
                }
                recovered();
                return true;
            } catch (IOException | RuntimeException e) {
                return failed(e);
            }
        }
    }

    /** A question as the data folder may keep it: one line, personal data masked, cut to {@link #MAX_QUESTION_CHARS}. */
    static String masked(String question) {
        // Invisible characters go first, so a zero-width space inside a phone number cannot hide it from the redaction.
        return Printable.truncate(Redaction.redact(Printable.oneLine(
                Printable.truncate(question, Normalizer.MAX_INPUT_CHARS))), MAX_QUESTION_CHARS);
    }

    /** Where the log is kept, e.g. {@code /var/lib/faqbot/state.db} or {@code /var/lib/faqbot/unanswered.jsonl}. */
    public Path file() {
        return file;
    }

    /**
     * Reads every readable record of the log in {@code dataDir}, oldest first; lines that do not
     * parse (a crash mid-append, a hand edit) are counted and skipped.
     *
     * @return no records when the log does not exist yet
     */
    public static Contents read(Path dataDir) throws IOException {
        Optional<List<String>> fromState = DbUnanswered.read(dataDir);
        if (fromState.isPresent()) {
            return contents(fromState.get());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = lenientReader(dataDir.resolve(FILE_NAME))) {
            in.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), 0);
        }
        return contents(lines);
    }

    private static Contents contents(List<String> lines) {
        List<UnansweredRecord> records = new ArrayList<>();
        int bad = 0;
        for (String line : lines) {
            Optional<UnansweredRecord> r = UnansweredJson.parse(line);
            if (r.isPresent()) {
                records.add(r.get());
            } else {
                bad++;
            }
        }
        return new Contents(records, bad);
    }

    /**
     * A whole log as read by {@link #read}.
     *
     * @param records         readable records, oldest first
     * @param unreadableLines lines skipped because they did not parse, e.g. 1 after a crash mid-append
     */
    public record Contents(List<UnansweredRecord> records, int unreadableLines) {
        public Contents {
            records = List.copyOf(records);
        }
    }

    private void prepare() {
        synchronized (lock) {
            try {
                Files.createDirectories(file.getParent());
                AtomicFiles.deleteLeftoverTemps(file);
                if (!Files.exists(file)) {
                    return;
                }
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                    // A crash mid-append can leave a last line without its newline; the next record must not be glued to it.
                    if (raf.length() > 0) {
                        raf.seek(raf.length() - 1);
                        if (raf.read() != '\n') {
                            Files.write(file, new byte[] {'\n'}, StandardOpenOption.APPEND);
                        }
                    }
                }
                try (BufferedReader in = lenientReader(file)) {
                    lines = in.lines().count();
                }
                if (lines >= compactAt) {
                    compact();
                }
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        }
    }

    /** Rewrites the file with only the newest {@code maxRecords} readable records, atomically, so a crash keeps the old file. */
    private void compact() throws IOException {
        Deque<String> newest = new ArrayDeque<>(maxRecords + 1);
        try (BufferedReader in = lenientReader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (UnansweredJson.parse(line).isEmpty()) {
                    continue;
                }
                newest.addLast(line);
                if (newest.size() > maxRecords) {
                    newest.removeFirst();
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        newest.forEach(l -> sb.append(l).append('\n'));
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        lines = newest.size();
    }

    boolean failed(Exception e) {
        synchronized (lock) {
            if (!failing) {
                LOG.warn("Cannot write the unanswered-questions log {}: {}; questions are still answered, and further "
                        + "failures are not logged until it works again.", file, e.toString());
            }
            failing = true;
        }
        return false;
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.info("The unanswered-questions log {} is writable again.", file);
        }
    }

    /**
     * A reader that turns invalid UTF-8 into U+FFFD instead of failing: with Files.newBufferedReader
     * one damaged byte would stop both the report and the trimming, and the log would grow without bound.
     */
    private static BufferedReader lenientReader(Path p) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8));
    }
}
