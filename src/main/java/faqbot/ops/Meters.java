package faqbot.ops;

import faqbot.faq.Lang;
import faqbot.store.Stats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The bot's meters in one Micrometer registry rendered for Prometheus. Questions, answers by entry
 * and fallbacks are read from the same {@link Stats} counters that /stats shows, so the two can
 * never disagree; the rest is counted here from the {@link BotMetrics} calls.
 */
public final class Meters implements BotMetrics, AutoCloseable {
    /** Update kinds with their own label; anything else counts as "other" so labels stay few. */
    private static final List<String> KINDS = List.of("message", "edited_message", "callback_query", "inline_query", "chosen_inline_result",
            "other");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Stats stats;
    private final Timer pollOk;
    private final Timer pollFailed;
    private final Counter rateLimited;
    private final Counter retries;
    private final Counter inline;
    private final Counter reloads;
    private final Counter reloadFailures;
    private final AtomicLong lastPollEpochSeconds = new AtomicLong();
    // Monotonic time of the last good poll, for health; 0 until the server answered once.
    private volatile long lastPollNanos;
    private final Set<String> topicsRegistered = ConcurrentHashMap.newKeySet();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** @param stats the counters behind /stats */
    public Meters(Stats stats) {
        this.stats = Objects.requireNonNull(stats, "stats");
        for (String kind : KINDS) {
            Counter.builder("faqbot.updates.received").description("Updates received from Telegram, by kind").tag("kind", kind)
                    .register(registry);
        }
        pollOk = Timer.builder("faqbot.poll.latency").description("Duration of getUpdates calls (long polls included)")
                .tag("result", "ok").register(registry);
        pollFailed = Timer.builder("faqbot.poll.latency").description("Duration of getUpdates calls (long polls included)")
                .tag("result", "failed").register(registry);
        Gauge.builder("faqbot.poll.last.success", lastPollEpochSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Unix time of the last successful getUpdates").register(registry);
        rateLimited = Counter.builder("faqbot.send.rate.limited").description("429 answers to sends").register(registry);
        retries = Counter.builder("faqbot.send.retries").description("Sends tried again after a 5xx or network error").register(registry);
        inline = registry.counter("faqbot.inline.queries");
        for (String kind : List.of("helpful", "not_helpful")) {
            Counter.builder("faqbot.feedback").description("Feedback button presses").tag("kind", kind).register(registry);
        }
        reloads = Counter.builder("faqbot.faq.reloads").tag("result", "ok").description("FAQ reloads").register(registry);
        reloadFailures = Counter.builder("faqbot.faq.reloads").tag("result", "refused").description("FAQ reloads").register(registry);
        for (Lang lang : Lang.values()) {
            String code = lang.name().toLowerCase(Locale.ROOT);
            FunctionCounter.builder("faqbot.questions", stats, s -> s.snapshot().questionsByLang().getOrDefault(lang, 0L))
                    .description("Questions answered or fallen back on, by language").tag("lang", code).register(registry);
            FunctionCounter.builder("faqbot.fallbacks", stats, s -> s.snapshot().fallbacksByLang().getOrDefault(lang, 0L))
                    .description("Questions no entry matched, by language").tag("lang", code).register(registry);
        }
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @Override
    public void updateReceived(String kind) {
        String k = KINDS.contains(kind) ? kind : "other";
        registry.counter("faqbot.updates.received", "kind", k).increment();
        if (k.equals("inline_query")) {
            inline.increment();
        }
    }

    @Override
    public void polled(long nanos, boolean ok) {
        (ok ? pollOk : pollFailed).record(nanos, TimeUnit.NANOSECONDS);
        if (ok) {
            reachable();
        }
    }

    @Override
    public void reachable() {
        lastPollNanos = System.nanoTime();
        lastPollEpochSeconds.set(System.currentTimeMillis() / 1000);
    }

    @Override
    public void rateLimited() {
        rateLimited.increment();
    }

    @Override
    public void sendRetried() {
        retries.increment();
    }

    @Override
    public void feedback(String kind) {
        registry.counter("faqbot.feedback", "kind", kind.equals("helpful") ? "helpful" : "not_helpful").increment();
    }

    @Override
    public void reloaded(boolean ok) {
        (ok ? reloads : reloadFailures).increment();
    }

    @Override
    public void watchQueue(IntSupplier depth, LongSupplier givenUp) {
        Gauge.builder("faqbot.send.queue.depth", depth, IntSupplier::getAsInt).description("Calls queued or in flight")
                .register(registry);
        FunctionCounter.builder("faqbot.send.given.up", givenUp, LongSupplier::getAsLong)
                .description("Sends given up (rejected, or failing after every retry)").register(registry);
    }

    /** Whether a poll succeeded within {@code window}; false before the server ever answered. */
    public boolean healthy(Duration window) {
        long last = lastPollNanos;
        return last != 0 && System.nanoTime() - last <= window.toNanos();
    }

    /** The Prometheus text format of every meter. */
    public String scrape() {
        // Entry ids are known only once answered; the FAQ's ids are a small fixed set, so this stays bounded.
        for (String id : stats.snapshot().matchesByTopic().keySet()) {
            if (topicsRegistered.add(id)) {
                FunctionCounter.builder("faqbot.answers", stats, s -> s.snapshot().matchesByTopic().getOrDefault(id, 0L))
                        .description("Questions answered, by FAQ entry").tag("entry", id).register(registry);
            }
        }
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
