package faqbot.telegram;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The load harness's figures: percentiles, the report table, CPU and heap measurements, kept apart from the run itself. */
final class LoadHarnessReport {
    private LoadHarnessReport() {
    }

    static long[] sorted(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    static String pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "-";
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
        return String.format(Locale.ROOT, "%.1f", sorted[i] / 1e6);
    }

    static String report(LoadHarnessWorkload.Shape s, LoadHarnessWorkload w, List<LoadHarnessTest.Phase> phases) {
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

    static void row(StringBuilder b, List<LoadHarnessTest.Phase> phases, String label, java.util.function.Function<LoadHarnessTest.Phase, String> value) {
        b.append("| ").append(label).append(" |");
        phases.forEach(p -> b.append(' ').append(value.apply(p)).append(" |"));
        b.append('\n');
    }

    static String f1(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time of the bot's own threads (named faqbot-*), sampled because pooled HTTP threads come and go. */
    static final class CpuMeter {
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
