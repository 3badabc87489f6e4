package faqbot.telegram.send;

import faqbot.ops.BotMetrics;
import faqbot.store.Outbox;
import faqbot.store.StateDb;
import java.time.Clock;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send queue behind the outbox: replies are committed to the state file with their updates'
 * ids before those updates may be confirmed to Telegram, then handed to the {@link SendQueue};
 * what the queue settles is marked in the outbox, and what it still held at a stop is sent first
 * at the next start.
 */
public final class DurableQueue {
    private static final Logger LOG = LoggerFactory.getLogger(DurableQueue.class);

    private final Outbox outbox;
    private final Duration maxAge;
    private final SendQueue queue;
    // The outbox row of each call in the queue; by identity, because two equal calls are still two rows.
    private final Map<Outgoing, Long> rows = new IdentityHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();
    private final java.util.concurrent.ScheduledExecutorService pruner = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "faqbot-prune");
        t.setDaemon(true);
        return t;
    });

    private DurableQueue(Outbox outbox, Duration maxAge, java.util.function.Function<SendQueue.Settled, SendQueue> queue) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.queue = queue.apply(this::settled);
    }

    /**
     * The outbox in {@code db} in front of a send queue with the given pacing, back-off and age limit.
     *
     * @param maxAge  how long a reply is retried and kept owed, e.g. 1 hour
     * @param metrics told about 429s and retries
     */
    public static DurableQueue open(StateDb db, Pacer pacer, Backoff backoff, Duration maxAge, SendQueue.Sender sender, Clock clock,
                                    BotMetrics metrics) {
        Outbox outbox = new Outbox(db, clock);
        return new DurableQueue(outbox, maxAge,
                settled -> new SendQueue(sender, pacer, backoff, maxAge, settled, clock, metrics));
    }

    /** Queues what the previous run left unsent (before anything new is fetched) and starts sending and pruning. */
    public void start(int workers) {
        try {
            resume();
        } catch (SQLException e) {
            LOG.error("outbox: the replies left by the previous run cannot be read ({}); they stay in the state store", e.getMessage());
        }
        pruner.scheduleWithFixedDelay(this::prune, 0, 1, java.util.concurrent.TimeUnit.HOURS);
        queue.start(workers);
    }

    /** Sends for up to {@code timeout}, then stops sending; what is left stays owed in the outbox. */
    public void drain(Duration timeout) {
        queue.drain(timeout);
        pruner.shutdownNow();
        outbox.flush(Duration.ofSeconds(2));
    }

    /** Closes the outbox (after {@link #drain}); the state file itself is closed by whoever opened it. */
    public void close() {
        outbox.close();
    }

    public SendQueue queue() {
        return queue;
    }

    /** Which of these updates were handled before, e.g. redelivered after a crash. */
    public Set<Long> handledBefore(Collection<Long> updateIds) throws SQLException {
        return outbox.handled(updateIds);
    }

    /**
     * Commits the updates as handled and their calls as owed, then queues the calls; when this
     * throws, nothing was committed or queued and the updates must not be confirmed.
     */
    public void commit(Collection<Long> updateIds, List<Outgoing> calls) throws SQLException {
        List<Outbox.NewRow> newRows = new ArrayList<>(calls.size());
        for (Outgoing c : calls) {
            newRows.add(new Outbox.NewRow(c.updateId(), c.chatId(), OutgoingCodec.encode(c)));
        }
        List<Long> ids = outbox.commit(updateIds, newRows);
        synchronized (rows) {
            for (int i = 0; i < calls.size(); i++) {
                rows.put(calls.get(i), ids.get(i));
            }
        }
        queue.addAll(calls);
    }

    /** Queues the replies a previous run left unsent, oldest first; returns how many. */
    private int resume() throws SQLException {
        List<Outbox.Row> pending = outbox.pending(maxAge);
        int n = 0;
        for (Outbox.Row r : pending) {
            Optional<Outgoing> call = OutgoingCodec.decode(r.payload());
            if (call.isEmpty()) {
                LOG.error("outbox: row {} for update {} cannot be read and is given up", r.id(), r.updateId());
                outbox.mark(r.id(), Outbox.Outcome.GIVEN_UP);
                continue;
            }
            synchronized (rows) {
                rows.put(call.get(), r.id());
            }
            queue.addAll(List.of(call.get()), r.createdAt());
            n++;
        }
        if (n > 0) {
            LOG.info("outbox: {} replies left by the previous run are sent first", n);
        }
        return n;
    }

    private void settled(Outgoing call, boolean delivered) {
        Long row;
        synchronized (rows) {
            row = rows.remove(call);
        }
        (delivered ? sent : givenUp).incrementAndGet();
        if (row != null) {
            outbox.mark(row, delivered ? Outbox.Outcome.SENT : Outbox.Outcome.GIVEN_UP);
        }
    }

    /** Forgets handled update ids and settled rows older than Telegram's 24 h redelivery window. */
    private void prune() {
        try {
            int n = outbox.prune(Duration.ofHours(24));
            if (n > 0) {
                LOG.info("state store: {} handled update ids and settled replies older than 24 h removed", n);
            }
        } catch (SQLException e) {
            LOG.warn("state store: pruning failed, will try again in an hour: {}", e.getMessage());
        }
    }

    public long sent() {
        return sent.get();
    }

    public long givenUp() {
        return givenUp.get();
    }

    /** Replies not settled, which stay in the outbox for the next start. */
    public int unsettled() {
        synchronized (rows) {
            return rows.size();
        }
    }
}
