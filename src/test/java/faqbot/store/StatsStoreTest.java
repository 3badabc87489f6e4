package faqbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import faqbot.faq.Lang;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /stats counters carry on across a restart, from the first start on. */
class StatsStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void countsAndTheirStartSurviveARestart() throws Exception {
        Instant firstStart = Instant.parse("2026-11-20T10:00:00Z");
        try (StateDb db = StateDb.open(dataDir); StatsStore s = StatsStore.open(db, Clock.fixed(firstStart, ZoneOffset.UTC))) {
            s.stats().record(Questions.answered("is it legal", "legality", 5));
            s.stats().record(Questions.noMatch("weather", Lang.EN, null, 0));
            s.stats().recordInlineChoice("fees");
        }
        Instant later = Instant.parse("2026-11-22T10:00:00Z");
        try (StateDb db = StateDb.open(dataDir); StatsStore s = StatsStore.open(db, Clock.fixed(later, ZoneOffset.UTC))) {
            s.stats().record(Questions.answered("legal?", "legality", 3));
            Stats.Snapshot snap = s.stats().snapshot();
            assertEquals(firstStart, snap.since(), "counting since the first start");
            assertEquals(3, snap.questions());
            assertEquals(Map.of("legality", 2L), snap.matchesByTopic());
            assertEquals(1, snap.fallbacks());
            s.stats().recordInlineChoice("fees");
            assertEquals(Map.of("fees", 2L), s.stats().inlineChoices(), "inline answers posted count on too");
        }
    }
}
