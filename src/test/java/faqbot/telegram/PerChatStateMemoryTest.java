package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.chat.Addressing;
import faqbot.chat.AnswerListener;
import faqbot.chat.CommandHook;
import faqbot.chat.Conversation;
import faqbot.chat.FloodGuard;
import faqbot.chat.Inbound;
import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.ops.BotMetrics;
import faqbot.telegram.send.ApiException;
import faqbot.telegram.send.Backoff;
import faqbot.telegram.send.Outgoing;
import faqbot.telegram.send.Pacer;
import faqbot.telegram.send.SendQueue;
import faqbot.testing.ManualClock;
import faqbot.testing.TestFaq;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 item 4: a million distinct chats seen over time must not grow the per-chat state without
 * bound. Drives the real Conversation (with its FloodGuard) and the real SendQueue (with its Pacer)
 * on a hand-moved clock and counts tracked entries, never heap bytes or wall-clock time.
 */
class PerChatStateMemoryTest {
    private static final int CHATS = 1_000_000;
    private static final FaqBot CORE = TestFaq.bot();

    private final ManualClock clock = new ManualClock();

    @Test
    void floodCountersOfAMillionGroupsAreForgottenWhenIdle() {
        FloodGuard flood = new FloodGuard(clock);
        Conversation conversation = new Conversation(new AtomicReference<>(CORE), new Addressing("faq_bot"), flood,
                AnswerListener.NONE, CommandHook.NONE);
        int peak = 0;
        for (int i = 0; i < CHATS; i++) {
            // An addressed group message from a new (group, user) pair, counted by the flood guard; a bare
            // mention asks for help, which is answered without running the matcher.
            Inbound.Origin o = new Inbound.Origin(-1_000_000_000_000L - i, ChatKind.SUPERGROUP, 1, 0, i, false, "en");
            conversation.handle(new Inbound.Text(i, o, "@faq_bot", false));
            if (i % 100 == 99) {
                // 100 new pairs a second: a million over 2.8 hours.
                clock.advance(Duration.ofSeconds(1));
            }
            if (i % 10_000 == 0) {
                peak = Math.max(peak, flood.tracked());
            }
        }
        // Kept: the pairs seen within one window plus one silence (11 minutes), never the million.
        assertTrue(peak <= 100 * 11 * 60 + 100, "flood guard tracked " + peak + " pairs at its peak");
        clock.advance(Duration.ofMinutes(11));
        assertEquals(0, flood.tracked(), "every idle pair forgotten");
    }

    @Test
    void floodCountersStayUnderTheCapWhenAMillionGroupsArriveAtOnce() {
        FloodGuard flood = new FloodGuard(clock, FloodGuard.Settings.DEFAULTS, 200_000);
        for (int i = 0; i < CHATS; i++) {
            flood.check(-i - 1, i);
        }
        assertEquals(200_000, flood.tracked(), "the cap holds even with no idle time at all");
    }

    @Test
    void sendQueueAndPacerForgetAMillionChatsOnceTheirMessagesAreSent() throws Exception {
        AtomicLong sent = new AtomicLong();
        // Telegram's per-chat and per-group limits; the global cap raised so the clock can move in 1 s steps of 1,000 messages.
        Pacer pacer = new Pacer(clock, new Pacer.Limits(1000, 20, 1000), 100_000);
        SendQueue queue = new SendQueue(call -> sent.incrementAndGet(), pacer, Backoff.DEFAULTS, 8, clock, BotMetrics.NONE);
        queue.start(2);
        int step = 1000;
        int peakPacer = 0;
        int peakLines = 0;
        try {
            for (int i = 0; i < CHATS; i += step) {
                List<Outgoing> batch = new ArrayList<>(step);
                for (int k = i; k < i + step; k++) {
                    long chat = k % 2 == 0 ? k + 1 : -1_000_000_000_000L - k;
                    batch.add(new Outgoing.Message(k, chat, chat < 0 ? ChatKind.SUPERGROUP : ChatKind.PRIVATE, "answer", 0, 0, List.of()));
                }
                clock.advance(Duration.ofSeconds(1));
                queue.addAll(batch);
                peakLines = Math.max(peakLines, queue.chatsQueued());
                awaitEmpty(queue);
                peakPacer = Math.max(peakPacer, pacer.trackedChats());
            }
            assertEquals(CHATS, sent.get(), "every message sent");
            assertEquals(0, queue.size());
            assertEquals(0, queue.chatsQueued(), "a chat leaves the queue once its last message is sent");
            assertTrue(peakLines <= step, "queued chats peaked at " + peakLines);
            // Pacing state lives one group window (61 s) after a chat's last message: ~61 steps of 1,000 chats.
            assertTrue(peakPacer <= 62 * step, "pacer tracked " + peakPacer + " chats at its peak");
            clock.advance(Duration.ofMinutes(2));
            assertEquals(0, pacer.trackedChats(), "idle chats' pacing state forgotten");
        } finally {
            queue.drain(Duration.ZERO);
        }
    }

    /**
     * Calls the queue gives up (e.g. 403 "bot was blocked by the user", never retried) are counted,
     * not kept: a bot running for months must not hold one message text per blocked user.
     */
    @Test
    void givenUpCallsAreNotKeptForever() throws Exception {
        Pacer pacer = new Pacer(clock, new Pacer.Limits(0, 1_000_000, 1_000_000), 100_000);
        SendQueue queue = new SendQueue(call -> {
            throw new ApiException(ApiException.Kind.REJECTED, 403, 0, "Forbidden: bot was blocked by the user", null);
        }, pacer, Backoff.DEFAULTS, 8, clock, BotMetrics.NONE);
        queue.start(2);
        int n = 100_000;
        for (int i = 0; i < n; i += 1000) {
            List<Outgoing> batch = new ArrayList<>();
            for (int k = i; k < i + 1000; k++) {
                batch.add(new Outgoing.Message(k, k + 1, ChatKind.PRIVATE, "answer", 0, 0, List.of()));
            }
            queue.addAll(batch);
            awaitEmpty(queue);
        }
        assertEquals(n, queue.dropped());
        List<Outgoing> kept = queue.drain(Duration.ZERO);
        assertTrue(kept.size() <= 1000, "the queue still holds " + kept.size() + " calls it gave up long ago");
    }

    private static void awaitEmpty(SendQueue queue) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (queue.size() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("send queue did not empty: " + queue.size() + " left");
            }
            Thread.onSpinWait();
        }
    }
}
