package faqbot.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.testing.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacerTest {
    private final ManualClock clock = new ManualClock();
    private final Pacer pacer = new Pacer(clock);

    @Test
    void oneMessageASecondPerChat() {
        assertEquals(0, pacer.delay(1, false));
        pacer.sent(1, false);
        assertEquals(1000, pacer.delay(1, false));
        assertEquals(0, pacer.delay(2, false), "another chat is not held back");
        clock.advance(Duration.ofMillis(1000));
        assertEquals(0, pacer.delay(1, false));
    }

    @Test
    void twentyMessagesAMinutePerGroup() {
        for (int i = 0; i < 20; i++) {
            assertEquals(0, pacer.delay(-5, true));
            pacer.sent(-5, true);
            clock.advance(Duration.ofSeconds(1));
        }
        // 20 sent in the last 20 s: the next may go when the first leaves the minute.
        assertEquals(40_000, pacer.delay(-5, true));
        clock.advance(Duration.ofSeconds(40));
        assertEquals(0, pacer.delay(-5, true));
    }

    @Test
    void thirtyMessagesASecondOverall() {
        for (int i = 0; i < 30; i++) {
            pacer.sent(i, false);
        }
        assertEquals(1000, pacer.delay(999, false));
        clock.advance(Duration.ofMillis(1000));
        assertEquals(0, pacer.delay(999, false));
    }

    @Test
    void retryAfterPausesTheChat() {
        pacer.pause(3, 7000);
        assertEquals(7000, pacer.delay(3, false));
        pacer.pauseAll(2000);
        assertEquals(2000, pacer.delay(4, false));
    }

    @Test
    void aMillionDistinctChatsDoNotGrowTheState() {
        Pacer p = new Pacer(clock, Pacer.Limits.DEFAULTS, 50_000);
        for (int i = 0; i < 1_000_000; i++) {
            p.sent(i, i % 2 == 0);
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMillis(10));
            }
        }
        assertTrue(p.trackedChats() <= 50_000, "tracked " + p.trackedChats());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(0, p.trackedChats(), "idle chats are forgotten");
    }
}
