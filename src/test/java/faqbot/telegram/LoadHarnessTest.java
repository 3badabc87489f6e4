package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        phases.add(run("Telegram limits", workload, core, LoadHarnessBotApi.Limits.telegram(tolerance), Pacer.Limits.DEFAULT,
                rate, timeoutSeconds));
        if (Boolean.parseBoolean(System.getProperty("load.relaxed", "true"))) {
            phases.add(run("pacing relaxed", workload, core, LoadHarnessBotApi.Limits.off(), new Pacer.Limits(0, 1_000_000, 1_000_000),
                    relaxedRate, timeoutSeconds));
        }
        String report = report(shape, workload, phases);
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
            checks.add(() -> assertTrue(p.longest <= TextSplitter.TELEGRAM_LIMIT, p.name + ": a message over 4,096 characters"));
        }
        checks.add(() -> assertEquals(0, phases.get(0).refused.values().stream().mapToInt(Integer::intValue).sum(),
                "429s provoked under Telegram's limits: " + phases.get(0).refused));
        // Counted at the server, over every 1-second sliding window, with no tolerance.
        checks.add(() -> assertTrue(phases.get(0).maxGlobalSecond <= 30, "sends in one second: " + phases.get(0).maxGlobalSecond));
        assertAll(checks);
    }

    /** The figures of one run. */
    private static final class Phase {
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
        p.heapBefore = heapAfterGc();
        int[] updateIds = new int[items.size()];
        CpuMeter cpu = new CpuMeter();
        try (LoadHarnessBotApi api = new LoadHarnessBotApi(serverLimits, items.size(), warned)) {
            TelegramConfig config = TelegramConfig.of(FakeBotApi.TOKEN, api.url()).withLimits(botLimits);
            TelegramBot bot = TelegramBot.start(config, new AtomicReference<>(core), AnswerListener.NONE, CommandHook.NONE,
                    Clock.systemUTC());
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
                p.heapAfter = heapAfterGc();
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
        p.total = sorted(total);
        p.polled = sorted(polled);
        p.pacingWait = sorted(waits);
        p.rest = sorted(rest);
    }

    private static long nthLast(ArrayDeque<Long> times, int n) {
        var it = times.descendingIterator();
        long t = 0;
        for (int i = 0; i < n; i++) {
            t = it.next();
        }
        return t;
    }

    private static long[] sorted(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static String pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "-";
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
        return String.format(Locale.ROOT, "%.1f", sorted[i] / 1e6);
    }

    private static String report(LoadHarnessWorkload.Shape s, LoadHarnessWorkload w, List<Phase> phases) {
        StringBuilder b = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        b.append(String.format(Locale.ROOT, "%n## Load run: %d updates (%d addressed, %d chatter), %d chats (%d private, %d groups), %d users%n",
                s.updates(), w.addressed(), s.updates() - w.addressed(), s.chats(), s.privateChats(), s.groups(), s.users()));
        b.append(String.format(Locale.ROOT, "JVM %s, %d CPUs, max heap %d MB, seed %d%n%n", System.getProperty("java.vm.version"),
                rt.availableProcessors(), rt.maxMemory() >> 20, s.seed()));
        b.append("| figure |");
        phases.forEach(p -> b.append(' ').append(p.name).append(" |"));
        b.append("\n|---|");
        phases.forEach(p -> b.append("---|"));
        b.append('\n');
        row(b, phases, "updates pushed / push time (s)", p -> p.updates + " / " + f1(p.pushSeconds));
        row(b, phases, "addressed questions / messages delivered", p -> p.expected + " / " + p.delivered);
        row(b, phases, "answered exactly once", p -> Integer.toString(p.expected - p.missing - p.duplicates));
        row(b, phases, "lost / answered twice / sent unasked (chatter)", p -> p.missing + " / " + p.duplicates + " / " + p.unexpected);
        row(b, phases, "messages without warnings / longest (chars)", p -> p.unwarned + " / " + p.longest);
        row(b, phases, "429s provoked (by limit)", p -> p.refused.isEmpty() ? "0" : p.refused.toString());
        row(b, phases, "updates left unconfirmed after stop", p -> Integer.toString(p.unconfirmed));
        row(b, phases, "min gap between 2 messages to one chat (ms)", p -> f1(p.minChatGapMs));
        row(b, phases, "max messages to one chat in any 1 s", p -> Integer.toString(p.maxPerChatSecond));
        row(b, phases, "max messages to one group in any 60 s", p -> Integer.toString(p.maxPerGroupMinute));
        row(b, phases, "max messages overall in any 1 s", p -> Integer.toString(p.maxGlobalSecond));
        row(b, phases, "mean messages/s overall while sending", p -> f1(p.meanGlobalPerSecond));
        row(b, phases, "update available -> sent, p50 / p99 / max (ms)",
                p -> pct(p.total, .5) + " / " + pct(p.total, .99) + " / " + pct(p.total, 1));
        row(b, phases, "  of which wait imposed by the limits, p50 / p99 (ms)", p -> pct(p.pacingWait, .5) + " / " + pct(p.pacingWait, .99));
        row(b, phases, "  the rest (poll, handling, queue, HTTP), p50 / p99 (ms)", p -> pct(p.rest, .5) + " / " + pct(p.rest, .99));
        row(b, phases, "update available -> fetched by getUpdates, p50 / p99 (ms)", p -> pct(p.polled, .5) + " / " + pct(p.polled, .99));
        row(b, phases, "bot threads CPU (s) / per update (us) / per answer (us)", p -> f1(p.botCpuNanos / 1e9) + " / "
                + f1(p.botCpuNanos / 1e3 / p.updates) + " / " + f1(p.botCpuNanos / 1e3 / Math.max(1, p.expected)));
        row(b, phases, "whole JVM CPU incl. fake server and driver (s)", p -> f1(p.processCpuNanos / 1e9));
        row(b, phases, "heap used after GC: before start / after run (MB)", p -> f1(p.heapBefore / 1048576.0) + " / " + f1(p.heapAfter / 1048576.0));
        row(b, phases, "first update available -> last message sent (s)", p -> f1(p.durationSeconds));
        return b.toString();
    }

    private static void row(StringBuilder b, List<Phase> phases, String label, java.util.function.Function<Phase, String> value) {
        b.append("| ").append(label).append(" |");
        phases.forEach(p -> b.append(' ').append(value.apply(p)).append(" |"));
        b.append('\n');
    }

    private static String f1(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time of the bot's own threads (named faqbot-*), sampled because pooled HTTP threads come and go. */
    private static final class CpuMeter {
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> startCpu = new HashMap<>();
        private final Map<Long, Long> lastCpu = new HashMap<>();
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private volatile boolean running;
        private Thread sampler;
        private long processStart;
        private long processEnd;

        void start() {
            sample(true);
            processStart = os.getProcessCpuTime();
            running = true;
            sampler = new Thread(() -> {
                while (running) {
                    sample(false);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "load-cpu-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            sample(false);
            processEnd = os.getProcessCpuTime();
        }

        private synchronized void sample(boolean baseline) {
            for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (t == null || !t.getThreadName().startsWith("faqbot-")) {
                    continue;
                }
                long ns = mx.getThreadCpuTime(t.getThreadId());
                if (ns < 0) {
                    continue;
                }
                if (baseline) {
                    startCpu.put(t.getThreadId(), ns);
                }
                lastCpu.put(t.getThreadId(), ns);
            }
        }

        synchronized long botNanos() {
            long sum = 0;
            for (Map.Entry<Long, Long> e : lastCpu.entrySet()) {
                sum += e.getValue() - startCpu.getOrDefault(e.getKey(), 0L);
            }
            return sum;
        }

        long processNanos() {
            return processEnd - processStart;
        }
    }
}
