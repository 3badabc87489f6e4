package faqbot.telegram.send;

import faqbot.ops.BotMetrics;
import faqbot.telegram.send.SendLines.Pending;
import faqbot.telegram.send.SendLines.Pick;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the bot's calls at a pace Telegram accepts, waiting instead of dropping: one chat's
 * messages go out in order and one at a time, chats take turns, a 429 holds the chat for
 * retry_after, a 5xx or broken connection is retried with capped, jittered backoff until the call
 * is older than its age limit; only a permanent refusal (403 blocked, 400 chat not found) gives up at once.
 */
public final class SendQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SendQueue.class);
    /** How long a drain waits for sends already on the wire after its own timeout. */
    private static final long IN_FLIGHT_GRACE_MILLIS = 2000;

    /** Makes one call; the queue decides about retries from the exception. */
    @FunctionalInterface
    public interface Sender {
        void send(Outgoing call) throws ApiException;
    }

    /** Told once per call when it is settled: delivered, or given up (refused, or too old). */
    @FunctionalInterface
    public interface Settled {
        Settled NONE = (call, delivered) -> { };

        void settled(Outgoing call, boolean delivered);
    }

    private final Sender sender;
    private final Pacer pacer;
    private final RetryPolicy retries;
    private final Settled settled;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final SendLines lines = new SendLines();
    private final List<Thread> workers = new ArrayList<>();
    private final List<Outgoing> undelivered = new ArrayList<>();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private int size;
    // Calls handed to a worker and not yet finished.
    private int inFlight;
    private boolean accepting = true;
    private boolean stopped;

    /**
     * @param maxAge  how long a call is retried after network errors, 5xx and 429s, counted from when it was written, e.g. 1 hour
     * @param settled told about every call delivered or given up
     * @param clock   the pacer's clock, for the retry deadlines
     * @param metrics told about 429s and retries; {@link BotMetrics#NONE} for none
     */
    public SendQueue(Sender sender, Pacer pacer, Backoff backoff, Duration maxAge, Settled settled, Clock clock, BotMetrics metrics) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.retries = new RetryPolicy(Objects.requireNonNull(backoff, "backoff"), Objects.requireNonNull(maxAge, "maxAge"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(metrics, "metrics"));
        this.settled = Objects.requireNonNull(settled, "settled");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts the sending threads. */
    public void start(int threads) {
        for (int i = 1; i <= threads; i++) {
            Thread t = new Thread(this::work, "faqbot-send-" + i);
            // Daemon so that even a send stuck in the network cannot keep the JVM alive after drain gave up.
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** Queues calls, in order; after a drain has begun they are refused (logged), never silently lost. */
    public void addAll(List<Outgoing> calls) {
        addAll(calls, clock.millis());
    }

    /** Queues calls first written at {@code born} (epoch ms), e.g. replies left in the outbox by the previous run. */
    public void addAll(List<Outgoing> calls, long born) {
        lock.lock();
        try {
            for (Outgoing call : calls) {
                if (!accepting) {
                    LOG.warn("call for update {} refused: the queue is stopping", call.updateId());
                    undelivered.add(call);
                    continue;
                }
                lines.add(new Pending(call, born));
                size++;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Calls queued or in flight. */
    public int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    /** Chats with a message queued or in flight; a chat is forgotten once its last message is sent. */
    public int chatsQueued() {
        lock.lock();
        try {
            return lines.chats();
        } finally {
            lock.unlock();
        }
    }

    public long delivered() {
        return delivered.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /**
     * Stops taking calls, waits up to {@code timeout} for the queued ones to be delivered, then stops
     * the threads; returns the calls still waiting (or refused while stopping); calls given up after
     * retries are counted in {@link #dropped()} and logged, not returned.
     */
    public List<Outgoing> drain(Duration timeout) {
        // The queue's one clock decides the deadline too, so a test on a hand-moved clock controls it.
        long deadline = clock.millis() + timeout.toMillis();
        lock.lock();
        try {
            accepting = false;
            changed.signalAll();
            try {
                long left;
                while (size > 0 && (left = deadline - clock.millis()) > 0) {
                    changed.await(Math.min(left, 100), TimeUnit.MILLISECONDS);
                }
                stopped = true;
                changed.signalAll();
                // Sends already on the wire are waited for (briefly): cutting them off would leave Telegram's answer
                // unknown, and the reply would be sent again at the next start.
                long grace = clock.millis() + IN_FLIGHT_GRACE_MILLIS;
                while (inFlight > 0 && (left = grace - clock.millis()) > 0) {
                    changed.await(Math.min(left, 100), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped = true;
            changed.signalAll();
            lines.remainingTo(undelivered);
            return List.copyOf(undelivered);
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (true) {
            Pick pick;
            lock.lock();
            try {
                pick = next();
                if (pick == null) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            finish(pick, attempt(pick.pending().call));
        }
    }

    /** Waits for the next call that may go now; null when stopped. Called with the lock held. */
    private Pick next() throws InterruptedException {
        while (!stopped) {
            long now = clock.millis();
            Pick pick = lines.take(now, pacer);
            if (pick != null) {
                inFlight++;
                return pick;
            }
            long soonest = lines.soonest;
            long waitMs = soonest == Long.MAX_VALUE ? 1000 : Math.min(1000, Math.max(1, soonest - now));
            changed.await(waitMs, TimeUnit.MILLISECONDS);
        }
        return null;
    }

    /** Makes the call; returns null on success, else the failure. */
    private ApiException attempt(Outgoing call) {
        try {
            sender.send(call);
            return null;
        } catch (ApiException e) {
            return e;
        } catch (RuntimeException e) {
            return new ApiException(ApiException.Kind.REJECTED, 0, 0, "unexpected: " + e, e);
        }
    }

    private void finish(Pick pick, ApiException failure) {
        lock.lock();
        try {
            inFlight--;
            if (pick.line() != null) {
                pacer.finished(pick.pending().call.chatId(), pick.line().group);
            }
            Pending p = pick.pending();
            boolean done = failure == null || giveUp(p, failure);
            if (done) {
                size--;
                settled.settled(p.call, failure == null);
                if (failure == null) {
                    delivered.incrementAndGet();
                } else {
                    // Given up (logged by giveUp): not kept, so months of blocked users cannot fill the heap,
                    // and not held against confirmation, since answering it again after a restart would fail the same way.
                    dropped.incrementAndGet();
                }
                if (pick.line() != null) {
                    pick.line().queue.pollFirst();
                }
            } else if (pick.line() == null) {
                lines.retryAck(p);
            }
            if (pick.line() != null) {
                lines.release(pick.line(), p.call.chatId());
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Decides about a failed call: true to give it up, false after scheduling the retry. */
    private boolean giveUp(Pending p, ApiException e) {
        long wait = retries.waitBeforeResend(p.attempts, e, p.call);
        if (wait < 0) {
            return true;
        }
        p.notBefore = clock.millis() + wait;
        if (e.kind() == ApiException.Kind.RETRY_AFTER && p.call.chatId() == 0) {
            // A 429 on a call that belongs to no chat is about the bot as a whole: everyone waits.
            pacer.pauseAll(wait);
        }
        return false;
    }
}
