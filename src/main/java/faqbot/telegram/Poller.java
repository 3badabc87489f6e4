package faqbot.telegram;

import faqbot.chat.Conversation;
import faqbot.chat.Decision;
import faqbot.ops.BotMetrics;
import faqbot.telegram.send.ApiException;
import faqbot.telegram.send.Outgoing;
import faqbot.telegram.send.SendQueue;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Our own getUpdates loop (instead of the library's poller, which confirms updates before they are
 * handled, ignores retry_after and dies on a consumer exception): an update is confirmed to
 * Telegram only after its reply is queued, each update is handled once, and nothing stops the loop
 * but {@link #stop()} or a rejected token.
 */
final class Poller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final int BATCH = 100;

    private final BotApi api;
    private final UpdateMapper mapper;
    private final Conversation conversation;
    private final SendQueue queue;
    private final TelegramConfig config;
    private final TokenRedactor redactor;
    private final BotMetrics metrics;
    private final String botUsername;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean tokenRejected;
    // The next update id to ask for; everything below it has been handled (its reply queued).
    private volatile int offset;

    Poller(BotApi api, UpdateMapper mapper, Conversation conversation, SendQueue queue, TelegramConfig config, TokenRedactor redactor,
           BotMetrics metrics) {
        this(api, mapper, conversation, queue, config, redactor, metrics, "");
    }

    /** @param botUsername without '@', for the deep links in replies, e.g. "faq_helper_bot" */
    Poller(BotApi api, UpdateMapper mapper, Conversation conversation, SendQueue queue, TelegramConfig config, TokenRedactor redactor,
           BotMetrics metrics, String botUsername) {
        this.metrics = metrics;
        this.botUsername = botUsername;
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
                failures = 0;
                if (batch.isEmpty()) {
                    isolating = false;
                }
            } catch (ApiException e) {
                if (!running) {
                    break;
                }
                metrics.polled(System.nanoTime() - pollStart, false);
                switch (e.kind()) {
                    case RETRY_AFTER -> {
                        LOG.warn("getUpdates: Telegram asks to wait {} s (429)", e.retryAfterSeconds());
                        pause(Math.max(1, e.retryAfterSeconds()) * 1000L);
                    }
                    case UNREADABLE -> {
                        if (isolating) {
                            // The update at the offset itself cannot be read: skip it rather than stall every later one.
                            LOG.error("update {} could not be read by the Telegram library and was skipped: {}", offset, e.getMessage());
                            offset++;
                            isolating = false;
                        } else {
                            LOG.warn("getUpdates: an update could not be read ({}); fetching one at a time to skip it", e.getMessage());
                            isolating = true;
                        }
                    }
                    case UNAUTHORIZED -> {
                        LOG.error("getUpdates: the token was rejected ({}); stopping. Check the token with @BotFather.", e.errorCode());
                        tokenRejected = true;
                        running = false;
                    }
                    default -> {
                        long wait = config.pollBackoff().millis(failures++);
                        LOG.warn("getUpdates failed ({} in a row), retrying in {} ms: {}", failures, wait, e.getMessage());
                        pause(wait);
                    }
                }
                continue;
            }
            for (Update u : batch) {
                handle(u);
            }
        }
    }

    /** Handles one update: never throws, and moves the offset past it whatever happens. */
    void handle(Update u) {
        if (u == null || u.getUpdateId() == null) {
            return;
        }
        int id = u.getUpdateId();
        metrics.updateReceived(kind(u));
        if (id < offset) {
            // Telegram sent it again (our confirmation was lost): it was answered already.
            LOG.debug("update {} already handled, skipped", id);
            return;
        }
        long start = System.nanoTime();
        try {
            Decision h = conversation.handle(mapper.map(u));
            List<Outgoing> calls = Renderer.calls(id, h, botUsername);
            queue.addAll(calls);
            LOG.info(String.format(Locale.ROOT, "update=%d chat=%s outcome=%s id=%s score=%.1f messages=%d latency=%dms",
                    id, h.chatKind(), h.outcome(), h.entryId().orElse("-"), h.score(), calls.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        } catch (VirtualMachineError e) {
            if (!(e instanceof StackOverflowError)) {
                throw e;
            }
            LOG.error("update {} failed, skipped: {}", id, redactor.describe(e));
        } catch (Throwable e) {
            // One bad update must never stop the loop; the cause is logged without the token.
            LOG.error("update " + id + " failed, skipped", redactor.scrub(e));
        } finally {
            offset = Math.max(offset, id + 1);
        }
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
        while (running && queue.size() >= config.maxQueued()) {
            if (!warned) {
                LOG.warn("send queue full ({} calls): polling paused until it drains", queue.size());
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
