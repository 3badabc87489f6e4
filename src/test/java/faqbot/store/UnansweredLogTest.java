package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.core.ChatKind;
import faqbot.faq.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnansweredLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T20:16:42.123Z"), ZoneOffset.UTC);
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

    @TempDir
    Path dataDir;

    @Test
    void recordsMissesAndCloseCallsButNotClearAnswers() throws IOException {
        UnansweredLog log = UnansweredLog.open(dataDir, 100, CLOCK);
        assertTrue(log.record(Questions.noMatch("is paypal legit??", Lang.EN, "paypal", 1.5), ChatKind.GROUP));
        assertTrue(log.record(Questions.closeCall("fee for refund", "fees", 3, "refunds"), ChatKind.PRIVATE));
        assertFalse(log.record(Questions.answered("is it legal", "legality", 5), ChatKind.PRIVATE));
        assertFalse(log.record(Questions.noMatch("🙂 !!!"), ChatKind.GROUP), "nothing to learn from a message with no words");

        List<UnansweredRecord> records = UnansweredLog.read(dataDir).records();
        assertEquals(List.of(
                new UnansweredRecord(Instant.parse("2026-11-23T20:16:00Z"), Lang.EN, ChatKind.GROUP, "is paypal legit??",
                        Optional.of("paypal"), 1.5, false),
                new UnansweredRecord(Instant.parse("2026-11-23T20:16:00Z"), Lang.EN, ChatKind.PRIVATE, "fee for refund",
                        Optional.of("fees"), 3, true)), records);
    }

    @Test
    void theLogHoldsNoUserOrChatIdentifiers() throws IOException {
        UnansweredLog log = UnansweredLog.open(dataDir, 100, CLOCK);
        List<String> questions = List.of(
                "my telegram id is 5551234567 and the group is -1001234567890, was I scammed?",
                "he said call 010-1234-5678 or +82 10 9876 5432 for the cash",
                "is @quick_cash_bot legit? mail me at victim.name@example.com",
                "they sent https://t.me/joinchat/AbCdEf and www.cash-now.example/offer",
                "소액결제 현금화 업체 010 2222 3333 믿어도 되나요",
                "card 1234 5678 9012 3456 verification code 482913");
        for (String q : questions) {
            log.record(Questions.noMatch(q, Lang.EN, "scams", 1.0), ChatKind.GROUP);
        }
        log.record(Questions.noMatch("what about paypal", Lang.EN, null, 0), ChatKind.PRIVATE);

        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertEquals(questions.size() + 1, lines.size());
        ObjectMapper mapper = new ObjectMapper();
        for (String line : lines) {
            JsonNode o = mapper.readTree(line);
            Set<String> keys = new HashSet<>();
            o.fieldNames().forEachRemaining(keys::add);
            assertEquals(UnansweredLog.KEYS, keys, line);
            for (Map.Entry<String, JsonNode> f : o.properties()) {
                if (!f.getKey().equals("time") && !f.getKey().equals("score")) {
                    assertFalse(LONG_NUMBER.matcher(f.getValue().asText()).find(), f.getKey() + " holds a long number: " + line);
                }
            }
        }
        String all = String.join("\n", lines);
        for (String secret : List.of("5551234567", "1001234567890", "1234-5678", "9876", "quick_cash_bot", "victim.name",
                "example.com", "joinchat", "cash-now", "2222", "9012", "482913")) {
            assertFalse(all.contains(secret), "the log contains " + secret);
        }
        assertTrue(all.contains("call [number] or [number] for the cash"), all);
        assertTrue(all.contains("is @[user] legit? mail me at [email]"), all);
    }

    @Test
    void theLogKeepsOnlyTheNewestRecordsWhenOverItsCap() throws IOException {
        UnansweredLog log = UnansweredLog.open(dataDir, 10, CLOCK);
        for (int i = 1; i <= 95; i++) {
            log.record(Questions.noMatch("question " + i), ChatKind.PRIVATE);
        }
        long lines = Files.readAllLines(log.file()).size();
        assertTrue(lines >= 10 && lines <= 12, "the file may exceed the cap by 20% at most, has " + lines);
        List<UnansweredRecord> records = UnansweredLog.read(dataDir).records();
        assertEquals("question 95", records.get(records.size() - 1).question());
        List<String> expected = new ArrayList<>();
        for (int i = 96 - records.size(); i <= 95; i++) {
            expected.add("question " + i);
        }
        assertEquals(expected, records.stream().map(UnansweredRecord::question).toList(), "oldest dropped first, order kept");
    }

    @Test
    void aLogAlreadyOverTheCapIsTrimmedWhenOpened() throws IOException {
        UnansweredLog big = UnansweredLog.open(dataDir, 1000, CLOCK);
        for (int i = 0; i < 50; i++) {
            big.record(Questions.noMatch("question " + i), ChatKind.PRIVATE);
        }
        UnansweredLog.open(dataDir, 5, CLOCK);
        assertEquals(5, UnansweredLog.read(dataDir).records().size());
    }

    @Test
    void aCorruptLineIsSkippedAndTheNextRecordIsNotGluedToAHalfLine() throws IOException {
        UnansweredLog first = UnansweredLog.open(dataDir, 100, CLOCK);
        first.record(Questions.noMatch("first question"), ChatKind.PRIVATE);
        // A hand edit in the middle, then a crash in the middle of an append (no newline at the end).
        Files.writeString(first.file(), "not json at all\n{\"time\":\"2026-11-23T20:16:00Z\",\"lang\":\"en\",\"chat\":\"pri",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        UnansweredLog reopened = UnansweredLog.open(dataDir, 100, CLOCK);
        assertTrue(reopened.record(Questions.noMatch("second question"), ChatKind.GROUP));

        UnansweredLog.Contents c = UnansweredLog.read(dataDir);
        assertEquals(List.of("first question", "second question"), c.records().stream().map(UnansweredRecord::question).toList());
        assertEquals(2, c.unreadableLines());
    }

    @Test
    void invalidUtf8DoesNotStopTrimmingOrReading() throws IOException {
        Files.write(dataDir.resolve(UnansweredLog.FILE_NAME), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '\n'});
        UnansweredLog log = UnansweredLog.open(dataDir, 3, CLOCK);
        for (int i = 0; i < 10; i++) {
            log.record(Questions.noMatch("question " + i), ChatKind.PRIVATE);
        }
        UnansweredLog.Contents c = UnansweredLog.read(dataDir);
        assertEquals("question 9", c.records().get(c.records().size() - 1).question());
        assertTrue(Files.readAllLines(log.file()).size() <= 4, "trimmed despite the damaged line");
    }

    @Test
    void longQuestionsAreCutWithoutSplittingAnEmoji() throws IOException {
        UnansweredLog log = UnansweredLog.open(dataDir, 100, CLOCK);
        String q = "a".repeat(UnansweredLog.MAX_QUESTION_CHARS - 1) + "😀 and more text";
        log.record(Questions.noMatch(q), ChatKind.PRIVATE);
        String stored = UnansweredLog.read(dataDir).records().get(0).question();
        assertEquals("a".repeat(UnansweredLog.MAX_QUESTION_CHARS - 1), stored);
    }

    @Test
    void aWriteFailureIsLoggedNotThrown() throws IOException {
        Path notAFolder = dataDir.resolve("file");
        Files.writeString(notAFolder, "x");
        UnansweredLog log = UnansweredLog.open(notAFolder, 100, CLOCK);
        assertFalse(log.record(Questions.noMatch("is this recorded"), ChatKind.GROUP));
        assertFalse(log.record(Questions.noMatch("still not"), ChatKind.GROUP));
    }

    @Test
    void recordsFromManyThreadsAreAllWholeLines() throws Exception {
        UnansweredLog log = UnansweredLog.open(dataDir, 500, CLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 150; i++) {
                        log.record(Questions.noMatch("thread " + thread + " question " + i), ChatKind.GROUP);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        UnansweredLog.Contents c = UnansweredLog.read(dataDir);
        assertEquals(0, c.unreadableLines());
        assertTrue(c.records().size() >= 500 && c.records().size() <= 600, "kept " + c.records().size());
    }
}
