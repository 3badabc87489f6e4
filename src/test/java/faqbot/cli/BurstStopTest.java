package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import faqbot.telegram.FakeBotApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance tests for "nothing lost": the real jar's {@code run} in a child JVM (with the
 * documented memory flags) answers a burst of 2,000 questions from 500 chats from a fake Bot API,
 * is stopped in the middle with SIGTERM or killed with SIGKILL, and is started again on the same
 * data folder: every question must be answered, none twice after SIGTERM, at most the few sends in
 * flight at the kill twice after SIGKILL.
 */
class BurstStopTest {
    private static final int CHATS = 500;
    private static final int QUESTIONS_PER_CHAT = 4;
    private static final int TOTAL = CHATS * QUESTIONS_PER_CHAT;
    /** The documented JVM flags (README, docs/operations.md), so the figures printed here are the ones a deployment sees. */
    static final List<String> JVM_FLAGS = List.of("-Xms16m", "-Xmx192m", "-Xss512k", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=64m",
            "-XX:ReservedCodeCacheSize=32m", "-XX:TieredStopAtLevel=1");
    /** Sends in flight when the process dies (one per send worker) may be answered again, plus marks not yet committed. */
    static final int KILL_DUPLICATE_BOUND = 4 + 8;

    @TempDir
    Path tmp;

    @Test
    @Timeout(180) // a guard against a hung child, not a performance bar
    void sigtermMidBurstThenRestartAnswersEveryQuestionOnce() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Map<Long, Integer> perChat = burst(api, false);
            assertEquals(CHATS, perChat.size(), "every chat answered");
            assertTrue(perChat.values().stream().allMatch(n -> n == QUESTIONS_PER_CHAT), "each question answered exactly once: "
                    + duplicates(perChat) + " twice, " + missing(perChat) + " missing");
        }
    }

    @Test
    @Timeout(180)
    void killMidBurstThenRestartAnswersEveryQuestionAndRepeatsAtMostTheSendsInFlight() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Map<Long, Integer> perChat = burst(api, true);
            assertEquals(0, missing(perChat), "every question answered");
            assertTrue(duplicates(perChat) <= KILL_DUPLICATE_BOUND, duplicates(perChat) + " answered twice");
        }
    }

    /** Runs the burst, stops the first process when a fifth is answered, restarts, and counts replies per chat. */
    private Map<Long, Integer> burst(FakeBotApi api, boolean kill) throws Exception {
        // Slow enough that the stop lands mid-burst and the drain cannot finish everything; no artificial rate limits.
        api.delaySends(Duration.ofMillis(15));
        String[] questions = {"is it legal?", "what are the fees?", "is this a scam?", "이거 불법인가요?"};
        for (int q = 0; q < QUESTIONS_PER_CHAT; q++) {
            for (long chat = 1; chat <= CHATS; chat++) {
                api.privateText(chat, "en", questions[q]);
            }
        }
        Path data = tmp.resolve("data");
        long t0 = System.nanoTime();
        Process first = start(api, data, "first");
        api.await("sendMessage", r -> true, TOTAL / 5, Duration.ofSeconds(60));
        String memoryAtStop = memory(first.pid());
        int atStop = api.sent().size();
        if (kill) {
            first.toHandle().destroyForcibly();
        } else {
            first.destroy();
        }
        assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the first process did not end");
        int exit = first.exitValue();
        int afterFirst = api.sent().size();
        Process second = start(api, data, "second");
        api.await("sendMessage", r -> true, TOTAL, Duration.ofSeconds(90));
        long burstMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        // A moment more, so a reply sent twice would show.
        Thread.sleep(1000);
        String memory = memory(second.pid());
        second.destroy();
        assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the second process did not end");
        Map<Long, Integer> perChat = new HashMap<>();
        for (JsonNode s : api.sent()) {
            perChat.merge(s.path("chat_id").asLong(), 1, Integer::sum);
        }
        if (System.getProperty("burst.keep") != null) {
            Files.copy(data.resolveSibling("first.log"), Path.of(System.getProperty("burst.keep"), "first.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(data.resolveSibling("second.log"), Path.of(System.getProperty("burst.keep"), "second.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String firstLog = Files.readString(data.resolveSibling("first.log"), StandardCharsets.UTF_8);
        System.out.printf("BurstStopTest (%s): %d replies when stopped, %d when the first process ended (exit %d), %d after the restart "
                        + "(%d twice, %d missing); %d ms in all%n  first process at the stop (all 2,000 updates received): %s%n"
                        + "  second process after the burst: %s%n  first process: %s%n",
                kill ? "kill -9" : "SIGTERM", atStop, afterFirst, exit, api.sent().size(), duplicates(perChat), missing(perChat), burstMs,
                memoryAtStop, memory, firstLog.lines().filter(l -> l.contains("stopped in")).findFirst().orElse("(no stop summary)"));
        if (!kill) {
            assertEquals(0, exit, "SIGTERM ends with exit code 0");
        }
        assertEquals(0, second.exitValue(), "the second process ends with exit code 0");
        assertTrue(!firstLog.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1)), "the token's secret is in the log");
        return perChat;
    }

    private Process start(FakeBotApi api, Path data, String name) throws IOException {
        Path faq = Path.of(System.getProperty("user.dir"), "target", "test-classes", "telegram-faq");
        ProcessBuilder pb = childBot(api, faq, data, List.of());
        // No artificial limit in the test: the fake server has none, and the burst should take seconds, not minutes.
        pb.environment().put("FAQBOT_RATE_GLOBAL_PER_SECOND", "1000");
        pb.redirectOutput(data.resolveSibling(name + ".log").toFile());
        return pb.start();
    }

    /**
     * The real bot's {@code run} in a child JVM with the documented flags plus {@code jvmFlags}, talking to
     * {@code api}, its output and errors together for the caller to redirect.
     */
    static ProcessBuilder childBot(FakeBotApi api, Path faq, Path data, List<String> jvmFlags) {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>();
        command.add(javaBin.toString());
        command.addAll(JVM_FLAGS);
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--faq", faq.toString(), "run"));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("FAQBOT_") || k.startsWith("TELEGRAM_"));
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        // As in the documented unit file: glibc's per-thread malloc arenas would otherwise add tens of MB of RSS.
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("TELEGRAM_API_URL", api.url().toString());
        env.put("FAQBOT_DATA_DIR", data.toString());
        pb.redirectErrorStream(true);
        return pb;
    }

    /** RSS from /proc and the heap from jcmd, for the log (figures, not assertions). */
    static String memory(long pid) {
        StringBuilder sb = new StringBuilder();
        try {
            Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                    .forEach(l -> sb.append(l.replaceAll("\\s+", " ")).append("; "));
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            out.lines().filter(l -> l.contains("total") || l.contains("Metaspace")).forEach(l -> sb.append(l.strip()).append("; "));
        } catch (IOException | InterruptedException e) {
            sb.append("(not measured: ").append(e.getMessage()).append(')');
        }
        return sb.toString();
    }

    private static int duplicates(Map<Long, Integer> perChat) {
        return perChat.values().stream().mapToInt(n -> Math.max(0, n - QUESTIONS_PER_CHAT)).sum();
    }

    private static int missing(Map<Long, Integer> perChat) {
        return (CHATS - perChat.size()) * QUESTIONS_PER_CHAT
                + perChat.values().stream().mapToInt(n -> Math.max(0, QUESTIONS_PER_CHAT - n)).sum();
    }
}
