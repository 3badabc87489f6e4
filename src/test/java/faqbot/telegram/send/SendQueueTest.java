package faqbot.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.ChatKind;
import faqbot.ops.BotMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Retries and ordering of the send queue with a scripted sender (no HTTP). */
class SendQueueTest {
    private final List<Outgoing> delivered = new ArrayList<>();
    private final Map<Long, Deque<ApiException>> script = new ConcurrentHashMap<>();
    private final SendQueue.Sender sender = call -> {
        Deque<ApiException> failures = script.get(call.updateId());
        ApiException e = failures == null ? null : failures.poll();
        if (e != null) {
            throw e;
        }
        synchronized (delivered) {
            delivered.add(call);
        }
    };

    private SendQueue queue(Pacer.Limits limits) {
        SendQueue q = new SendQueue(sender, new Pacer(Clock.systemUTC(), limits, 1000),
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)), 4, Clock.systemUTC(), BotMetrics.NONE);
        q.start(3);
        return q;
    }

    private static Outgoing.Message msg(long update, long chat, String text) {
        return new Outgoing.Message(update, chat, ChatKind.PRIVATE, text, 0, 0, List.of());
    }

    private static ApiException fault(ApiException.Kind kind, int retryAfter) {
        return new ApiException(kind, kind == ApiException.Kind.RETRY_AFTER ? 429 : 500, retryAfter, "scripted", null);
    }

    @Test
    void oneChatsMessagesKeepTheirOrderThroughRetries() {
        SendQueue q = queue(new Pacer.Limits(0, 1000, 1000));
        script.put(1L, new ArrayDeque<>(List.of(fault(ApiException.Kind.TRANSIENT, 0), fault(ApiException.Kind.TRANSIENT, 0))));
        q.addAll(List.of(msg(1, 7, "a"), msg(2, 7, "b"), msg(3, 7, "c")));
        assertTrue(q.drain(Duration.ofSeconds(3)).isEmpty());
        assertEquals(List.of("a", "b", "c"), delivered.stream().map(o -> ((Outgoing.Message) o).text()).toList());
    }

    @Test
    void retryAfterIsWaitedOut() {
        SendQueue q = queue(new Pacer.Limits(0, 1000, 1000));
        script.put(1L, new ArrayDeque<>(List.of(fault(ApiException.Kind.RETRY_AFTER, 1))));
        long t0 = System.nanoTime();
        q.addAll(List.of(msg(1, 7, "a")));
        assertTrue(q.drain(Duration.ofSeconds(3)).isEmpty());
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 950);
        assertEquals(1, delivered.size());
    }

    @Test
    void rejectedAndHopelessCallsAreGivenUpAndCountedNotKept() {
        SendQueue q = queue(new Pacer.Limits(0, 1000, 1000));
        script.put(1L, new ArrayDeque<>(List.of(new ApiException(ApiException.Kind.REJECTED, 403, 0, "blocked", null))));
        Deque<ApiException> many = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) {
            many.add(fault(ApiException.Kind.TRANSIENT, 0));
        }
        script.put(2L, many);
        q.addAll(List.of(msg(1, 7, "a"), msg(2, 8, "b"), msg(3, 9, "c")));
        List<Outgoing> left = q.drain(Duration.ofSeconds(3));
        assertEquals(List.of(), left, "given-up calls are not returned: resending them after a restart would fail the same way");
        assertEquals(1, delivered.size());
        assertEquals(2, q.dropped());
    }

    @Test
    void pacingDelaysRatherThanDrops() {
        SendQueue q = queue(new Pacer.Limits(200, 1000, 1000));
        long t0 = System.nanoTime();
        q.addAll(List.of(msg(1, 7, "a"), msg(2, 7, "b"), msg(3, 7, "c"), msg(4, 8, "d")));
        assertTrue(q.drain(Duration.ofSeconds(3)).isEmpty());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(4, delivered.size());
        assertTrue(ms >= 390, "three messages to one chat 200 ms apart took " + ms + " ms");
    }

    @Test
    void drainGivesBackWhatCouldNotBeSentInTime() {
        SendQueue q = queue(new Pacer.Limits(1000, 1000, 1000));
        q.addAll(List.of(msg(1, 7, "a"), msg(2, 7, "b"), msg(3, 7, "c")));
        List<Outgoing> left = q.drain(Duration.ofMillis(300));
        assertEquals(1, delivered.size());
        assertEquals(List.of(2L, 3L), left.stream().map(Outgoing::updateId).toList());
    }
}
