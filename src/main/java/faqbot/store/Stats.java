package faqbot.store;

import faqbot.faq.Lang;
import faqbot.match.MatchResult;
import faqbot.text.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters behind the admins' {@code /stats}: how many questions, answers, close calls and
 * fallbacks, per language and per topic. Counted in memory, thread-safe and lock-free, so counting
 * never slows an answer down; {@link StatsStore} keeps them in the state file across restarts.
 */
public final class Stats {
    /** Topics listed by {@link #render} at most, so the text stays one short Telegram message. */
    static final int TOPICS_SHOWN = 15;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Instant since;
    private final Map<Lang, LongAdder> questions = counters();
    private final Map<Lang, LongAdder> matches = counters();
    private final Map<Lang, LongAdder> fallbacks = counters();
    private final LongAdder closeCalls = new LongAdder();
    private final Map<String, LongAdder> topics = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> inlineChosen = new ConcurrentHashMap<>();

    public Stats() {
        this(Clock.systemUTC());
    }

    /** With a clock, so tests control the start time and uptime shown. */
    public Stats(Clock clock) {
        this(clock, clock.instant(), Map.of());
    }

    /**
     * Counting on from saved counters, e.g. those {@link StatsStore} kept in the state file.
     *
     * @param since   when counting first started
     * @param initial counters by the names {@link #byName()} gives them
     */
    Stats(Clock clock, Instant since, Map<String, Long> initial) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.since = Objects.requireNonNull(since, "since");
        initial.forEach((name, n) -> counter(name).ifPresent(c -> c.add(n)));
    }

    /** Every counter by a stable name: "questions.en", "matches.ko", "fallbacks.en", "closeCalls", "topic.legality", "inline.fees". */
    Map<String, Long> byName() {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Lang l : Lang.values()) {
            out.put("questions." + l.code(), questions.get(l).sum());
            out.put("matches." + l.code(), matches.get(l).sum());
            out.put("fallbacks." + l.code(), fallbacks.get(l).sum());
        }
        out.put("closeCalls", closeCalls.sum());
        topics.forEach((id, c) -> out.put("topic." + id, c.sum()));
        inlineChosen.forEach((id, c) -> out.put("inline." + id, c.sum()));
        return out;
    }

    Instant since() {
        return since;
    }

    private java.util.Optional<LongAdder> counter(String name) {
        if (name.equals("closeCalls")) {
            return java.util.Optional.of(closeCalls);
        }
        if (name.startsWith("topic.")) {
            return java.util.Optional.of(topics.computeIfAbsent(name.substring("topic.".length()), id -> new LongAdder()));
        }
        if (name.startsWith("inline.")) {
            return java.util.Optional.of(inlineChosen.computeIfAbsent(name.substring("inline.".length()), id -> new LongAdder()));
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            return java.util.Optional.empty();
        }
        Map<String, Map<Lang, LongAdder>> kinds = Map.of("questions", questions, "matches", matches, "fallbacks", fallbacks);
        // A name this version does not know (written by a newer one) is ignored rather than refused.
        return java.util.Optional.ofNullable(kinds.get(name.substring(0, dot)))
                .flatMap(kind -> Lang.fromCode(name.substring(dot + 1)).map(kind::get));
    }

    /** Counts one question the bot answered or fell back on (not an unaddressed message it stayed silent on). */
    public void record(MatchResult m) {
        Objects.requireNonNull(m, "m");
        questions.get(m.lang()).increment();
        if (m.matched()) {
            matches.get(m.lang()).increment();
            // The FAQ's ids are a small fixed set, so this map cannot grow without bound.
            topics.computeIfAbsent(m.id().orElseThrow(), id -> new LongAdder()).increment();
            if (m.closeCall()) {
                closeCalls.increment();
            }
        } else {
            fallbacks.get(m.lang()).increment();
        }
    }

    /**
     * Counts an inline answer someone posted in a chat, by entry id only (Telegram says who; that is not kept).
     * The caller passes only ids of the FAQ, a small fixed set, so the map stays small.
     */
    public void recordInlineChoice(String entryId) {
        inlineChosen.computeIfAbsent(Objects.requireNonNull(entryId, "entryId"), id -> new LongAdder()).increment();
    }

    /** Inline answers posted per entry id since counting started, e.g. {fees=2}. */
    public Map<String, Long> inlineChoices() {
        Map<String, Long> m = new java.util.TreeMap<>();
        inlineChosen.forEach((id, n) -> m.put(id, n.sum()));
        return m;
    }

    /** The counts now; each counter is exact, though a question counted meanwhile may show in one and not yet another. */
    public Snapshot snapshot() {
        Map<String, Long> byTopic = new LinkedHashMap<>();
        topics.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byTopic.put(e.getKey(), e.getValue()));
        return new Snapshot(since, sums(questions), sums(matches), sums(fallbacks), closeCalls.sum(), byTopic);
    }

    /** The {@code /stats} text in one language, from the message catalog: plain text, no markup, so it needs no escaping. */
    public String render(Lang lang) {
        Messages text = Messages.bundled();
        Snapshot s = snapshot();
        StringBuilder sb = new StringBuilder();
        sb.append(text.get(lang, "stats.since", SINCE.format(since), uptime(text, lang, Duration.between(since, clock.instant()))));
        sb.append(text.get(lang, "stats.questions", s.questions(), byLang(s.questionsByLang())));
        sb.append(text.get(lang, "stats.answered", s.matches(), byLang(s.matchesByLang()), percent(s.matches(), s.questions()),
                s.closeCalls()));
        sb.append(text.get(lang, "stats.fallbacks", s.fallbacks(), byLang(s.fallbacksByLang()), percent(s.fallbacks(), s.questions())));
        Map<String, Long> inline = inlineChoices();
        if (!inline.isEmpty()) {
            sb.append(text.get(lang, "stats.inline", inline.values().stream().mapToLong(Long::longValue).sum(), inline.toString()));
        }
        if (s.matchesByTopic().isEmpty()) {
            sb.append(text.get(lang, "stats.topics.none"));
        } else {
            sb.append(text.get(lang, "stats.topics"));
            List<Map.Entry<String, Long>> all = List.copyOf(s.matchesByTopic().entrySet());
            all.stream().limit(TOPICS_SHOWN).forEach(e -> sb.append("\n  ").append(e.getKey()).append(": ").append(e.getValue()));
            if (all.size() > TOPICS_SHOWN) {
                sb.append(text.get(lang, "stats.topics.more", all.size() - TOPICS_SHOWN));
            }
        }
        return sb.toString();
    }

    /**
     * The counters at one moment.
     *
     * @param since           when counting started, e.g. the bot's start
     * @param questionsByLang questions per reply language, e.g. {EN=80, KO=40}
     * @param matchesByLang   answered questions per language
     * @param fallbacksByLang unmatched questions per language
     * @param closeCalls      answers whose runner-up was within the close margin, e.g. 8
     * @param matchesByTopic  answers per entry id, most answered first, e.g. {legality=30, fees=20}
     */
    public record Snapshot(Instant since, Map<Lang, Long> questionsByLang, Map<Lang, Long> matchesByLang,
                           Map<Lang, Long> fallbacksByLang, long closeCalls, Map<String, Long> matchesByTopic) {
        public Snapshot {
            Objects.requireNonNull(since, "since");
            questionsByLang = Map.copyOf(questionsByLang);
            matchesByLang = Map.copyOf(matchesByLang);
            fallbacksByLang = Map.copyOf(fallbacksByLang);
            // Map.copyOf would lose the most-answered-first order.
            matchesByTopic = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(matchesByTopic));
        }

        public long questions() {
            return total(questionsByLang);
        }

        public long matches() {
            return total(matchesByLang);
        }

        public long fallbacks() {
            return total(fallbacksByLang);
        }

        private static long total(Map<Lang, Long> m) {
            return m.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static Map<Lang, LongAdder> counters() {
        Map<Lang, LongAdder> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            m.put(l, new LongAdder());
        }
        // Filled once and never changed, so concurrent reads of the map itself are safe.
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<Lang, Long> sums(Map<Lang, LongAdder> m) {
        Map<Lang, Long> out = new EnumMap<>(Lang.class);
        m.forEach((l, c) -> out.put(l, c.sum()));
        return out;
    }

    private static String byLang(Map<Lang, Long> m) {
        return " (en " + m.get(Lang.EN) + ", ko " + m.get(Lang.KO) + ")";
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "" : ", " + Math.round(100.0 * part / whole) + "%";
    }

    private static String uptime(Messages text, Lang lang, Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return text.get(lang, "stats.uptime.days", days, hours, minutes);
        }
        return hours > 0 ? text.get(lang, "stats.uptime.hours", hours, minutes) : text.get(lang, "stats.uptime.minutes", minutes);
    }
}
