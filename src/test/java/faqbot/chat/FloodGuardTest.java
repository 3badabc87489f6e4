package faqbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.testing.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
    private final ManualClock clock = new ManualClock();
    private final FloodGuard guard = new FloodGuard(clock);

    @Test
    void fiveQuestionsAMinuteAreAnsweredTheSixthGetsTheNoticeThenSilence() {
        for (int i = 0; i < 5; i++) {
            assertEquals(FloodGuard.Verdict.ALLOW, guard.check(-1, 7));
            clock.advance(Duration.ofSeconds(5));
        }
        assertEquals(FloodGuard.Verdict.NOTICE, guard.check(-1, 7));
        assertEquals(FloodGuard.Verdict.SILENT, guard.check(-1, 7));
        assertEquals(FloodGuard.Verdict.ALLOW, guard.check(-1, 8), "other users are not affected");
        assertEquals(FloodGuard.Verdict.ALLOW, guard.check(-2, 7), "nor other groups");
        clock.advance(Duration.ofMinutes(10));
        assertEquals(FloodGuard.Verdict.ALLOW, guard.check(-1, 7), "forgiven after the silence");
    }

    @Test
    void aSteadyAskerIsNeverSilenced() {
        for (int i = 0; i < 100; i++) {
            assertEquals(FloodGuard.Verdict.ALLOW, guard.check(-1, 7));
            clock.advance(Duration.ofSeconds(13));
        }
    }

    @Test
    void idleUsersAreForgotten() {
        for (int i = 0; i < 1000; i++) {
            guard.check(-i, i);
        }
        assertEquals(1000, guard.tracked());
        clock.advance(Duration.ofMinutes(12));
        assertEquals(0, guard.tracked());
    }

    @Test
    void aMillionDistinctChatsStayWithinTheCap() {
        FloodGuard small = new FloodGuard(clock, FloodGuard.Settings.DEFAULTS, 10_000);
        for (int i = 0; i < 1_000_000; i++) {
            small.check(-i, i);
        }
        assertTrue(small.tracked() <= 10_000);
    }
}
