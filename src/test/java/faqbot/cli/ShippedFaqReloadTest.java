package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.telegram.FakeBotApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped FAQ, its question model included, served by the real {@code run} in a child JVM with the
 * documented flags (192 MB of heap): a SIGHUP after a maintainer labels a question and edits an answer
 * trains a new model beside the one still answering, and the bot keeps answering throughout, then
 * serves the edit. Training holds all 30,000 questions' features at once, so this is where the heap
 * is tightest.
 */
class ShippedFaqReloadTest {
    private static final String MARK = "(This answer was edited for the reload test.)";

    @TempDir
    Path tmp;

    @Test
    @Timeout(300) // a guard against a hung child, not a performance bar: training runs twice with the service's flags
    void aReloadThatTrainsAgainFitsBesideTheRunningBotAndServesTheEdit() throws Exception {
        Path faq = tmp.resolve("faq");
        copy(Path.of("faq"), faq);
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("bot.log");
        try (FakeBotApi api = new FakeBotApi()) {
            api.privateText(1, "en", "is cashing out my phone payments legal?");
            Process bot = start(api, faq, data, log);
            try {
                assertEquals(1, api.awaitSentTo(1, 1, Duration.ofSeconds(120)).size(), "the bot answers once started");

                // What a maintainer does: label a question (so the model must be trained again) and edit an answer.
                Files.writeString(faq.resolve("questions").resolve("learned.jsonl"),
                        "{\"q\": \"is phone payment cash-out against the law in korea\", \"expect\": [\"legality\"]}\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                editEnglishAnswer(faq.resolve("entries").resolve("legality.json"));
                new ProcessBuilder("kill", "-HUP", Long.toString(bot.pid())).start().waitFor(10, TimeUnit.SECONDS);

                // Questions keep coming while the new model trains; every one is answered.
                for (long chat = 100; chat < 120; chat++) {
                    api.privateText(chat, "en", "what are the fees?");
                    Thread.sleep(250);
                }
                for (long chat = 100; chat < 120; chat++) {
                    assertEquals(1, api.awaitSentTo(chat, 1, Duration.ofSeconds(120)).size(), "chat " + chat + " answered during the reload");
                }
                assertTrue(awaitLog(log, "SIGHUP: FAQ reloaded", Duration.ofSeconds(180)), "the reload finished: " + tail(log));
                System.out.println("ShippedFaqReloadTest: after the reload: " + BurstStopTest.memory(bot.pid()));

                api.privateText(2, "en", "is cashing out my phone payments legal?");
                List<JsonNode> after = api.awaitSentTo(2, 1, Duration.ofSeconds(60));
                assertEquals(1, after.size(), "answered after the reload");
                assertTrue(after.get(0).path("text").asText().contains(MARK), "the edited answer is served: " + after.get(0).path("text"));
                assertTrue(bot.isAlive(), "the bot still runs");
            } finally {
                bot.destroy();
                assertTrue(bot.waitFor(30, TimeUnit.SECONDS), "the bot stops on SIGTERM");
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(text.contains("OutOfMemoryError"), "out of memory: " + tail(log));
            assertEquals(0, bot.exitValue(), "SIGTERM ends with exit code 0");
        }
    }

    private static void editEnglishAnswer(Path entry) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(entry.toFile());
        ObjectNode en = (ObjectNode) root.get("en");
        en.put("answer", en.path("answer").asText() + " " + MARK);
        json.writerWithDefaultPrettyPrinter().writeValue(entry.toFile(), root);
    }

    private static Process start(FakeBotApi api, Path faq, Path data, Path log) throws IOException {
        // The test classpath's logging prints nothing unless asked; the reload's result is read from the log.
        ProcessBuilder pb = BurstStopTest.childBot(api, faq, data, List.of("-Dfaqbot.test.log.level=INFO"));
        pb.redirectOutput(log.toFile());
        return pb.start();
    }

    private static boolean awaitLog(Path log, String line, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
