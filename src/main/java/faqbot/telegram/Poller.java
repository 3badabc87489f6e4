package faqbot.telegram;

import faqbot.chat.Conversation;
import faqbot.chat.Decision;
import faqbot.ops.BotMetrics;
import faqbot.telegram.send.ApiException;
import faqbot.telegram.send.DurableQueue;
import faqbot.telegram.send.LogThrottle;
import faqbot.telegram.send.Outgoing;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Our own getUpdates loop (instead of the library's poller, which confirms updates before they are
 * handled, ignores retry_after and dies on a consumer exception): an update is confirmed to
 * Telegram only after its reply is committed to the outbox, each update is handled once (even when
 * redelivered after a crash), a response that is not a Bot API answer is retried with the same
 * offset, and nothing stops the loop but {@link #stop()} or a rejected token.
 */
final class Poller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final int BATCH = 100;

    private final BotApi api;
    private final UpdateMapper mapper;
    private final Conversation conversation;
    private final DurableQueue queue;
    private final java.util.function.Predicate<Update> mayBlock;
    private final java.util.concurrent.Executor offThread;
    private final LogThrottle throttle = new LogThrottle(java.time.Duration.ofSeconds(30));
    private final TelegramConfig config;
    private final TokenRedactor redactor;
    private final BotMetrics metrics;
    private final String botUsername;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean tokenRejected;
    // The next update id to ask for; everything below it has been handled (its reply committed to the outbox).
    private volatile int offset;

    /** With every update handled on the polling thread, e.g. for tests of the handling itself. */
    Poller(BotApi api, UpdateMapper mapper, Conversation conversation, DurableQueue queue, TelegramConfig config, TokenRedactor redactor,
           BotMetrics metrics) {
        this(api, mapper, conversation, queue, config, redactor, metrics, "", u -> false, Runnable::run);
    }

    /**
     * @param botUsername without '@', for the deep links in replies, e.g. "faq_helper_bot"
     * @param mayBlock    updates whose handling may wait on Telegram (a group command that needs getChatMember)
     * @param offThread   where those are handled, so a slow answer delays only the command that needs it
     */
    Poller(BotApi api, UpdateMapper mapper, Conversation conversation, DurableQueue queue, TelegramConfig config, TokenRedactor redactor,
           BotMetrics metrics, String botUsername, java.util.function.Predicate<Update> mayBlock, java.util.concurrent.Executor offThread) {
        this.metrics = metrics;
        this.botUsername = botUsername;
        this.mayBlock = mayBlock;
        this.offThread = offThread;
        this.api = api;
        this.mapper = mapper;
        this.conversation = conversation;
        this.queue = queue;
        this.config = config;
        this.redactor = redactor;
    }

    @Override
    public void run() {
        int failures = 0;
        int timeout = (int) Math.max(0, config.pollTimeout().toSeconds());
        // After an unreadable batch, updates are fetched one at a time to find the unreadable one.
        boolean isolating = false;
        while (running) {
            if (!waitForRoom()) {
                break;
            }
            List<Update> batch;
            long pollStart = System.nanoTime();
            try {
                batch = api.getUpdates(offset, isolating ? 0 : timeout, isolating ? 1 : BATCH);
                metrics.polled(System.nanoTime() - pollStart, true);
                if (batch.isEmpty()) {
                    isolating = false;
                }
            } catch (ApiException e) {
                if (!running) {
                    break;
                }
                metrics.polled(System.nanoTime() - pollStart, false);
                failures++;
                switch (e.kind()) {
                    case RETRY_AFTER -> {
                        LOG.warn("getUpdates: Telegram asks to wait {} s (429)", e.retryAfterSeconds());
                        pause(Math.max(1, e.retryAfterSeconds()) * 1000L);
                    }
                    case UNREADABLE -> {
                        List<Long> ids = api.lastPolledIds();
                        if (isolating && ids.size() == 1) {
                            // This one update, received on its own, cannot be read: skip it by its own id rather than stall every later one.
                            LOG.error("update {} could not be read by the Telegram library and was skipped: {}", ids.get(0), e.getMessage());
                            offset = (int) Math.max(offset, ids.get(0) + 1);
                            isolating = false;
                        } else {
                            if (throttle.allow()) {
                                LOG.warn("getUpdates: an update could not be read ({}); fetching one at a time to skip it", e.getMessage());
                            }
                            isolating = true;
                            pause(config.pollBackoff().jittered(Math.min(failures, 3) - 1));
                        }
                    }
                    case UNAUTHORIZED -> {
                        LOG.error("getUpdates: the token was rejected ({}); stopping. Check the token with @BotFather.", e.errorCode());
                        tokenRejected = true;
                        running = false;
                    }
                    default -> {
                        long wait = config.pollBackoff().jittered(failures - 1);
                        if (throttle.allow()) {
                            LOG.warn("getUpdates failed ({} in a row), retrying in {} ms with the same offset: {}", failures, wait, e.getMessage());
                        }
                        pause(wait);
                    }
                }
                continue;
            }
            if (!batch.isEmpty() && !commit(batch)) {
                failures++;
                pause(config.pollBackoff().jittered(failures - 1));
                continue;
            }
            failures = 0;
        }
    }

    /**
     * Handles a batch and commits its replies (and the updates as handled) in one transaction, then
     * moves the offset past them, so the next getUpdates confirms only what is safely in the outbox.
     *
     * @return false when the commit failed: the offset stays and the batch is fetched again
     */
    private boolean commit(List<Update> batch) {
        List<Long> ids = new ArrayList<>();
        for (Update u : batch) {
            if (u != null && u.getUpdateId() != null && u.getUpdateId() >= offset) {
                ids.add((long) u.getUpdateId());
            }
        }
        List<Update> deferred = new ArrayList<>();
        try {
            Set<Long> before = queue.handledBefore(ids);
            List<Outgoing> calls = new ArrayList<>();
            for (Update u : batch) {
                if (u == null || u.getUpdateId() == null || u.getUpdateId() < offset) {
                    continue;
                }
                if (before.contains((long) u.getUpdateId())) {
                    // Delivered again after a crash or a lost confirmation: its reply is (or was) in the outbox already.
                    LOG.info("update {} was handled before, not answered again", u.getUpdateId());
                    continue;
                }
                if (mayBlock.test(u)) {
                    deferred.add(u);
                } else {
                    calls.addAll(handle(u));
                }
            }
            queue.commit(ids, calls);
        } catch (SQLException e) {
            LOG.error("the state store cannot be written ({}); these {} updates are not confirmed and will be fetched again",
                    e.getMessage(), ids.size());
            return false;
        }
        for (long id : ids) {
            offset = (int) Math.max(offset, id + 1);
        }
        // Confirmed with the batch: a crash while Telegram is being asked loses this one command, which its sender can repeat.
        deferred.forEach(u -> offThread.execute(() -> {
            try {
                queue.commit(List.of(), handle(u));
            } catch (SQLException e) {
                LOG.error("the reply to update {} could not be written to the state store: {}", u.getUpdateId(), e.getMessage());
            }
        }));
        return true;
    }

    /** Handles one update: never throws; returns the calls to make for it (none when it failed). */
    List<Outgoing> handle(Update u) {
        if (u == null || u.getUpdateId() == null) {
            return List.of();
        }
        int id = u.getUpdateId();
        metrics.updateReceived(kind(u));
        long start = System.nanoTime();
        try {
            Decision h = conversation.handle(mapper.map(u));
            List<Outgoing> calls = Renderer.calls(id, h, botUsername);
            LOG.info(String.format(Locale.ROOT, "update=%d chat=%s outcome=%s id=%s score=%.1f messages=%d latency=%dms",
                    id, h.chatKind(), h.outcome(), h.entryId().orElse("-"), h.score(), calls.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
            return calls;
        } catch (VirtualMachineError e) {
            if (!(e instanceof StackOverflowError)) {
                throw e;
            }
            LOG.error("update {} failed, skipped: {}", id, redactor.describe(e));
        } catch (Throwable e) {
            // One bad update must never stop the loop; the cause is logged without the token.
            LOG.error("update " + id + " failed, skipped", redactor.scrub(e));
        }
        return List.of();
    }

    /** The update's kind for the metrics, e.g. "message"; never an id. */
    private static String kind(Update u) {
        if (u.hasMessage()) {
            return "message";
        }
        if (u.hasCallbackQuery()) {
            return "callback_query";
        }
        if (u.hasInlineQuery()) {
            return "inline_query";
        }
        if (u.hasChosenInlineQuery()) {
            return "chosen_inline_result";
        }
        return u.hasEditedMessage() ? "edited_message" : "other";
    }

    /** Stops the loop: wakes any wait and aborts the long poll in progress. */
    void stop() {
        running = false;
        stopSignal.countDown();
        api.cancelPoll();
    }

    int offset() {
        return offset;
    }

    boolean tokenRejected() {
        return tokenRejected;
    }

    /** Pauses polling while the send queue is full, so a flood is slowed rather than answers dropped. */
    private boolean waitForRoom() {
        boolean warned = false;
        while (running && queue.queue().size() >= config.maxQueued()) {
            if (!warned) {
                LOG.warn("send queue full ({} calls): polling paused until it drains", queue.queue().size());
                warned = true;
            }
            pause(200);
        }
        return running;
    }

    private void pause(long millis) {
        try {
            stopSignal.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
