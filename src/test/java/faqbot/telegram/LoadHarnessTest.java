package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.chat.AnswerListener;
import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.telegram.send.Pacer;
import faqbot.telegram.format.HtmlSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load harness (run with {@code mvn -B -Pload test}, not part of the normal build): the real bot
 * and OkHttp client against {@link LoadHarnessBotApi} on loopback, once with Telegram's limits
 * enforced on both sides and once with the bot's pacing relaxed, printing a table of figures.
 * Settings: -Dload.updates, -Dload.questions, -Dload.chats, -Dload.privateShare, -Dload.members,
 * -Dload.rate (updates/s, 0 = all at once), -Dload.relaxedRate, -Dload.warmup (updates, unreported), -Dload.toleranceMs, -Dload.seed,
 * -Dload.timeoutSeconds, -Dload.relaxed=false to skip the second run; the bot logs at WARN unless
 * -Dfaqbot.log.level is given.
 */
@Tag("load")
class LoadHarnessTest {
    private static final long MS = 1_000_000L;

    @Test
    void everyAddressedQuestionIsAnsweredOnceWithinTelegramsLimits() throws Exception {
        LoadHarnessWorkload.Shape shape = new LoadHarnessWorkload.Shape(
                Integer.getInteger("load.updates", 20_000), Integer.getInteger("load.questions", 3_000),
                Integer.getInteger("load.chats", 600), Double.parseDouble(System.getProperty("load.privateShare", "0.5")),
                Integer.getInteger("load.members", 12), Long.getLong("load.seed", 42));
        double rate = Double.parseDouble(System.getProperty("load.rate", "160"));
        double relaxedRate = Double.parseDouble(System.getProperty("load.relaxedRate", "800"));
        long tolerance = Long.getLong("load.toleranceMs", 50);
        long timeoutSeconds = Long.getLong("load.timeoutSeconds", 900);
        if (System.getProperty("faqbot.log.level") == null) {
            // One INFO line per update would flood the console; -Dfaqbot.log.level=INFO measures with it.
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        FaqBot core = new FaqBot(new FaqLoader().load(Path.of("faq")));
        LoadHarnessWorkload workload = new LoadHarnessWorkload(shape);

        int warmup = Integer.getInteger("load.warmup", 4_000);
        if (warmup > 0) {
            // Not reported: lets the JIT compile the bot, the client and this harness before anything is measured.
            LoadHarnessWorkload.Shape w = new LoadHarnessWorkload.Shape(warmup, warmup * shape.questions() / Math.max(1, shape.updates()),
                    shape.chats(), shape.privateShare(), shape.members(), shape.seed() + 1);
            run("warm-up", new LoadHarnessWorkload(w), core, LoadHarnessBotApi.Limits.off(), new Pacer.Limits(0, 1_000_000, 1_000_000),
                    0, timeoutSeconds);
        }
        List<Phase> phases = new ArrayList<>();
        // The bot's own default pacing (28/s overall), as a deployment runs it.
        phases.add(run("Telegram limits", workload, core, LoadHarnessBotApi.Limits.telegram(tolerance), Pacer.Limits.DEFAULTS,
                rate, timeoutSeconds));
        if (Boolean.parseBoolean(System.getProperty("load.relaxed", "true"))) {
            phases.add(run("pacing relaxed", workload, core, LoadHarnessBotApi.Limits.off(), new Pacer.Limits(0, 1_000_000, 1_000_000),
                    relaxedRate, timeoutSeconds));
        }
        String report = LoadHarnessReport.report(shape, workload, phases);
        System.out.println(report);
        Path out = Path.of("target", "load-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);

        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Phase p : phases) {
            checks.add(() -> assertEquals(0, p.missing, p.name + ": questions never answered"));
            checks.add(() -> assertEquals(0, p.duplicates, p.name + ": questions answered more than once"));
            checks.add(() -> assertEquals(0, p.unexpected, p.name + ": messages no question asked for (chatter answered?)"));
            checks.add(() -> assertEquals(0, p.unwarned, p.name + ": messages without the warnings"));
            checks.add(() -> assertTrue(p.longest <= HtmlSplitter.TELEGRAM_LIMIT, p.name + ": a message over 4,096 characters"));
        }
        checks.add(() -> assertEquals(0, phases.get(0).refused.values().stream().mapToInt(Integer::intValue).sum(),
                "429s provoked under Telegram's limits: " + phases.get(0).refused));
        // Counted at the server, over every 1-second sliding window, with no tolerance.
        checks.add(() -> assertTrue(phases.get(0).maxGlobalSecond <= 30, "sends in one second: " + phases.get(0).maxGlobalSecond));
        assertAll(checks);
    }

    /** The figures of one run. */
    static final class Phase {
        String name;
        int updates;
        int expected;
        int delivered;
        int missing;
        int duplicates;
        int unexpected;
        int unwarned;
        int longest;
        int unconfirmed;
        Map<String, Integer> refused = Map.of();
        long[] total = new long[0];
        long[] polled = new long[0];
        long[] pacingWait = new long[0];
        long[] rest = new long[0];
        double minChatGapMs = Double.NaN;
        int maxPerChatSecond;
        int maxPerGroupMinute;
        int maxGlobalSecond;
        double meanGlobalPerSecond;
        double pushSeconds;
        double durationSeconds;
        long botCpuNanos;
        long processCpuNanos;
        long heapBefore;
        long heapAfter;
    }

    private static Phase run(String name, LoadHarnessWorkload workload, FaqBot core, LoadHarnessBotApi.Limits serverLimits,
                             Pacer.Limits botLimits, double rate, long timeoutSeconds) throws Exception {
        List<LoadHarnessWorkload.Item> items = workload.items();
        Phase p = new Phase();
        p.name = name;
        p.updates = items.size();
        p.expected = (int) workload.addressed();
        String en = core.replies().warnings(Lang.EN);
        String ko = core.replies().warnings(Lang.KO);
        Predicate<String> warned = t -> t.endsWith(en) || t.endsWith(ko);
        p.heapBefore = LoadHarnessReport.heapAfterGc();
        int[] updateIds = new int[items.size()];
        LoadHarnessReport.CpuMeter cpu = new LoadHarnessReport.CpuMeter();
        try (LoadHarnessBotApi api = new LoadHarnessBotApi(serverLimits, items.size(), warned)) {
            TelegramConfig config = TelegramConfig.of(FakeBotApi.TOKEN, api.url()).withLimits(botLimits);
            TelegramBot bot = BotHarness.assembly(new AtomicReference<>(core), BotHarness.defaults(), Optional.empty(),
                    Clock.systemUTC(), AnswerListener.NONE).startTelegram(config);
            try {
                cpu.start();
                long t0 = System.nanoTime();
                for (int i = 0; i < items.size(); i++) {
                    if (rate > 0) {
                        long due = t0 + (long) (i * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / MS, (int) (wait % MS));
                        }
                    }
                    updateIds[i] = api.push(items.get(i).json());
                }
                p.pushSeconds = (System.nanoTime() - t0) / 1e9;
                long deadline = t0 + timeoutSeconds * 1_000_000_000L;
                while (api.sendCount() < p.expected && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                // A quiet spell after the last expected reply, so duplicates and replies to chatter show up.
                Thread.sleep(2000);
                cpu.stop();
                p.heapAfter = LoadHarnessReport.heapAfterGc();
            } finally {
                bot.stop();
            }
            p.unconfirmed = api.unconfirmed();
            p.refused = api.refused();
            analyse(p, items, updateIds, api, serverLimits.enforce());
        }
        p.botCpuNanos = cpu.botNanos();
        p.processCpuNanos = cpu.processNanos();
        return p;
    }

    /** Matches every delivered message to its question and derives the figures. */
    private static void analyse(Phase p, List<LoadHarnessWorkload.Item> items, int[] updateIds, LoadHarnessBotApi api, boolean paced) {
        // Group questions are recognised by the message they reply to; private ones by their order in the chat.
        Map<Long, Map<Integer, Integer>> groupQuestion = new HashMap<>();
        Map<Long, ArrayDeque<Integer>> privateQuestions = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            LoadHarnessWorkload.Item it = items.get(i);
            if (!it.addressed()) {
                continue;
            }
            if (it.group()) {
                groupQuestion.computeIfAbsent(it.chatId(), c -> new HashMap<>()).put(it.messageId(), i);
            } else {
                privateQuestions.computeIfAbsent(it.chatId(), c -> new ArrayDeque<>()).addLast(i);
            }
        }
        List<LoadHarnessBotApi.Send> sends = api.sends();
        p.delivered = sends.size();
        int[] answers = new int[items.size()];
        List<Long> total = new ArrayList<>();
        List<Long> polled = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        List<Long> rest = new ArrayList<>();
        Map<Long, Long> last = new HashMap<>();
        Map<Long, ArrayDeque<Long>> groupWindow = new HashMap<>();
        ArrayDeque<Long> globalWindow = new ArrayDeque<>();
        ArrayDeque<Long> second = new ArrayDeque<>();
        long minGap = Long.MAX_VALUE;
        for (LoadHarnessBotApi.Send s : sends) {
            p.longest = Math.max(p.longest, s.length());
            if (!s.warned()) {
                p.unwarned++;
            }
            Integer q;
            if (s.chatId() < 0) {
                q = groupQuestion.getOrDefault(s.chatId(), Map.of()).get(s.replyTo());
            } else {
                ArrayDeque<Integer> asked = privateQuestions.get(s.chatId());
                q = asked == null ? null : asked.pollFirst();
            }
            if (q == null) {
                p.unexpected++;
            } else if (++answers[q] == 1) {
                long available = api.availableAt(updateIds[q]);
                total.add(s.atNanos() - available);
                polled.add(api.polledAt(updateIds[q]) - available);
                // The earliest moment Telegram's limits let this message go, given the messages sent before it.
                long allowed = available;
                Long prev = last.get(s.chatId());
                if (prev != null) {
                    allowed = Math.max(allowed, prev + 1000 * MS);
                }
                ArrayDeque<Long> gw = groupWindow.computeIfAbsent(s.chatId(), c -> new ArrayDeque<>());
                if (s.chatId() < 0 && gw.size() >= 20) {
                    allowed = Math.max(allowed, nthLast(gw, 20) + 60_000 * MS);
                }
                if (globalWindow.size() >= 30) {
                    allowed = Math.max(allowed, nthLast(globalWindow, 30) + 1000 * MS);
                }
                if (paced) {
                    waits.add(allowed - available);
                    rest.add(Math.max(0, s.atNanos() - allowed));
                }
            }
            Long prev = last.put(s.chatId(), s.atNanos());
            if (prev != null) {
                minGap = Math.min(minGap, s.atNanos() - prev);
            }
            ArrayDeque<Long> gw = groupWindow.computeIfAbsent(s.chatId(), c -> new ArrayDeque<>());
            gw.addLast(s.atNanos());
            while (gw.peekFirst() <= s.atNanos() - 60_000 * MS) {
                gw.pollFirst();
            }
            if (s.chatId() < 0) {
                p.maxPerGroupMinute = Math.max(p.maxPerGroupMinute, gw.size());
            }
            p.maxPerChatSecond = Math.max(p.maxPerChatSecond, (int) gw.stream().filter(t -> t > s.atNanos() - 1000 * MS).count());
            globalWindow.addLast(s.atNanos());
            while (globalWindow.size() > 30) {
                globalWindow.pollFirst();
            }
            second.addLast(s.atNanos());
            while (second.peekFirst() <= s.atNanos() - 1000 * MS) {
                second.pollFirst();
            }
            p.maxGlobalSecond = Math.max(p.maxGlobalSecond, second.size());
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).addressed() && answers[i] == 0) {
                p.missing++;
            } else if (answers[i] > 1) {
                p.duplicates++;
            }
        }
        p.minChatGapMs = minGap == Long.MAX_VALUE ? Double.NaN : minGap / 1e6;
        if (!sends.isEmpty()) {
            long first = api.availableAt(updateIds[0]);
            long end = sends.get(sends.size() - 1).atNanos();
            p.durationSeconds = (end - first) / 1e9;
            double sending = (end - sends.get(0).atNanos()) / 1e9;
            p.meanGlobalPerSecond = sending > 0 ? sends.size() / sending : 0;
        }
        p.total = LoadHarnessReport.sorted(total);
        p.polled = LoadHarnessReport.sorted(polled);
        p.pacingWait = LoadHarnessReport.sorted(waits);
        p.rest = LoadHarnessReport.sorted(rest);
    }

    private static long nthLast(ArrayDeque<Long> times, int n) {
        var it = times.descendingIterator();
        long t = 0;
        for (int i = 0; i < n; i++) {
            t = it.next();
        }
        return t;
    }
}
