package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import faqbot.faq.Lang;
import faqbot.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StatsTest {
    private static final Instant START = Instant.parse("2026-11-23T08:00:30Z");

    @Test
    void countsQuestionsMatchesFallbacksCloseCallsPerLanguageAndTopic() {
        Stats stats = new Stats(new ManualClock(START));
        stats.record(Questions.answered("is it legal", "legality", 5));
        stats.record(Questions.answered("legal?", "legality", 3));
        stats.record(Questions.closeCall("fee refund", "fees", 3, "refunds"));
        stats.record(Questions.noMatch("weather", Lang.EN, null, 0));
        stats.record(Questions.noMatch("날씨", Lang.KO, null, 0));

        Stats.Snapshot s = stats.snapshot();
        assertEquals(5, s.questions());
        assertEquals(3, s.matches());
        assertEquals(2, s.fallbacks());
        assertEquals(1, s.closeCalls());
        assertEquals(Map.of(Lang.EN, 4L, Lang.KO, 1L), s.questionsByLang());
        assertEquals(Map.of(Lang.EN, 1L, Lang.KO, 1L), s.fallbacksByLang());
        assertEquals(List.of(Map.entry("legality", 2L), Map.entry("fees", 1L)), List.copyOf(s.matchesByTopic().entrySet()));
    }

    @Test
    void rendersPlainTextInBothLanguages() {
        ManualClock clock = new ManualClock(START);
        Stats stats = new Stats(clock);
        stats.record(Questions.answered("is it legal", "legality", 5));
        stats.record(Questions.closeCall("fee refund", "fees", 3, "refunds"));
        stats.record(Questions.answered("is it legal", "legality", 5));
        stats.record(Questions.noMatch("weather", Lang.KO, null, 0));
        clock.advance(Duration.ofHours(27).plusMinutes(5));

        assertEquals("""
                Since 2026-11-23 08:00 UTC (1d 3h 5m)
                Questions: 4 (en 3, ko 1)
                Answered: 3 (en 3, ko 0), 75%, of which close calls: 1
                Fallbacks (no match): 1 (en 0, ko 1), 25%
                Answers per topic:
                  legality: 2
                  fees: 1""", stats.render(Lang.EN));
        assertEquals("""
                2026-11-23 08:00 UTC 이후 (1일 3시간 5분)
                질문: 4 (en 3, ko 1)
                답변: 3 (en 3, ko 0), 75%, 그중 근소한 차이: 1
                못 찾음(주제 목록 안내): 1 (en 0, ko 1), 25%
                주제별 답변:
                  legality: 2
                  fees: 1""", stats.render(Lang.KO));
    }

    @Test
    void aFreshStartRendersZerosWithoutDividingByZero() {
        assertEquals("""
                Since 2026-11-23 08:00 UTC (0m)
                Questions: 0 (en 0, ko 0)
                Answered: 0 (en 0, ko 0), of which close calls: 0
                Fallbacks (no match): 0 (en 0, ko 0)
                Answers per topic: none yet""", new Stats(new ManualClock(START)).render(Lang.EN));
    }

    @Test
    void countsFromManyThreadsAreExact() throws Exception {
        Stats stats = new Stats(new ManualClock(START));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        stats.record(i % 2 == 0 ? Questions.answered("legal", "t" + (i % 20), 4) : Questions.noMatch("hm"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Stats.Snapshot s = stats.snapshot();
        assertEquals(8000, s.questions());
        assertEquals(4000, s.matches());
        assertEquals(4000, s.matchesByTopic().values().stream().mapToLong(Long::longValue).sum());
    }
}
