package faqbot.telegram;

import faqbot.core.FaqBot;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: checks the token and server at start, polls and answers until stopped, and on
 * {@link #stop()} (what SIGTERM calls) finishes the received updates before releasing every thread.
 */
public final class TelegramBot {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    static final List<BotApi.MenuCommand> MENU_EN = List.of(
            new BotApi.MenuCommand("start", "Introduction and topics"),
            new BotApi.MenuCommand("topics", "Topics as buttons"),
            new BotApi.MenuCommand("ask", "Ask a question, e.g. /ask is it legal?"),
            new BotApi.MenuCommand("help", "How to ask, also in groups"));
    static final List<BotApi.MenuCommand> MENU_KO = List.of(
            new BotApi.MenuCommand("start", "소개와 주제 목록"),
            new BotApi.MenuCommand("topics", "주제 버튼"),
            new BotApi.MenuCommand("ask", "질문하기, 예: /ask 불법인가요?"),
            new BotApi.MenuCommand("help", "사용법 (그룹 포함)"));

    private final TelegramConfig config;
    private final BotApi api;
    private final BotApi.Identity identity;
    private final Poller poller;
    private final SendQueue queue;
    private final Thread pollThread;
    private final CountDownLatch pollDone = new CountDownLatch(1);
    private final Object stopLock = new Object();
    private boolean stopped;

    private TelegramBot(TelegramConfig config, BotApi api, BotApi.Identity identity, Poller poller, SendQueue queue) {
        this.config = config;
        this.api = api;
        this.identity = identity;
        this.poller = poller;
        this.queue = queue;
        this.pollThread = new Thread(() -> {
            try {
                poller.run();
            } catch (Throwable t) {
                LOG.error("polling stopped by an unexpected error: {}", t.toString());
            } finally {
                pollDone.countDown();
            }
        }, "faqbot-poll");
    }

    /**
     * Connects (getMe, deleteWebhook, setMyCommands) and starts polling and sending.
     *
     * @param core     the FAQ core, read for every update so a reload swaps it whole
     * @param listener told about every answered question
     * @param commands extra commands
     * @param clock    for pacing and flood control
     * @throws StartupException with one line for a person: token rejected, server unreachable, ...
     */
    public static TelegramBot start(TelegramConfig config, AtomicReference<FaqBot> core, AnswerListener listener,
                                    CommandHook commands, Clock clock) throws StartupException {
        Objects.requireNonNull(core.get(), "core");
        TelegramConfig.checkToken(config.token());
        Redactor redactor = new Redactor(config.token());
        BotApi api = new BotApi(config, redactor);
        BotApi.Identity me;
        try {
            me = api.getMe();
            api.deleteWebhook();
        } catch (ApiException e) {
            api.close();
            throw startupProblem(config, e);
        }
        if (me.username().isEmpty()) {
            LOG.warn("getMe returned no username: mentions in groups cannot be recognised");
        }
        setMenu(api, MENU_EN, "");
        setMenu(api, MENU_KO, "ko");
        Pacer pacer = new Pacer(clock, config.limits(), 100_000);
        SendQueue queue = new SendQueue(call -> {
            if (call instanceof Outgoing.Message m) {
                api.send(m);
            } else {
                api.answerCallback((Outgoing.CallbackAnswer) call);
            }
        }, pacer, config.sendBackoff(), config.maxSendAttempts(), clock);
        Conversation conversation = new Conversation(core, new Addressing(me.username()), new FloodGuard(clock), listener, commands);
        Poller poller = new Poller(api, new UpdateMapper(me.id()), conversation, queue, config, redactor);
        TelegramBot bot = new TelegramBot(config, api, me, poller, queue);
        queue.start(config.sendWorkers());
        bot.pollThread.start();
        LOG.info("polling as @{} via {}://{}:{} (privacy mode {})", me.username(), config.apiUrl().getScheme(),
                config.apiUrl().getHost(), config.port(), me.readsAllGroupMessages() ? "off: sees all group messages" : "on");
        return bot;
    }

    /** The bot's username without '@', e.g. "faq_helper_bot". */
    public String username() {
        return identity.username();
    }

    /**
     * Stops polling, answers what was received, waits up to the drain timeout for queued replies,
     * confirms the handled updates to Telegram and releases every thread; safe to call twice.
     *
     * @return true when this call did the stopping, false when the bot was already stopped
     */
    public boolean stop() {
        synchronized (stopLock) {
            if (stopped) {
                return false;
            }
            stopped = true;
            long t0 = System.nanoTime();
            poller.stop();
            try {
                // The poll thread finishes the batch in hand: received updates still get their replies queued.
                if (!pollDone.await(config.drainTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("polling did not stop within {}", config.drainTimeout());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<Outgoing> left = queue.drain(config.drainTimeout());
            confirm(left);
            api.close();
            LOG.info("stopped in {} ms: {} calls delivered, {} not delivered", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
                    queue.delivered(), left.size());
            return true;
        }
    }

    /**
     * Blocks until polling ends (a stop, or the token rejected while running) and the bot is stopped.
     *
     * @return 0 after a requested stop, 1 when the token was rejected while running
     */
    public int awaitTermination() throws InterruptedException {
        pollDone.await();
        stop();
        return poller.tokenRejected() ? 1 : 0;
    }

    /** Calls queued or in flight, e.g. for tests and health checks. */
    public int queued() {
        return queue.size();
    }

    /**
     * Tells Telegram which updates are done, so a restart does not answer them again; updates whose
     * replies could not be delivered stay unconfirmed and come back at the next start.
     */
    private void confirm(List<Outgoing> undelivered) {
        long offset = poller.offset();
        for (Outgoing o : undelivered) {
            offset = Math.min(offset, o.updateId());
        }
        if (offset <= 0) {
            return;
        }
        try {
            api.getUpdates((int) offset, 0, 1);
        } catch (ApiException e) {
            LOG.warn("could not confirm the last updates (they may be answered again after a restart): {}", e.getMessage());
        }
    }

    private static void setMenu(BotApi api, List<BotApi.MenuCommand> menu, String lang) {
        try {
            api.setCommands(menu, lang);
        } catch (ApiException e) {
            LOG.warn("setMyCommands{} failed, the command menu may be missing: {}", lang.isEmpty() ? "" : " (" + lang + ")", e.getMessage());
        }
    }

    private static StartupException startupProblem(TelegramConfig config, ApiException e) {
        String server = config.apiUrl().getScheme() + "://" + config.apiUrl().getHost() + ":" + config.port();
        return switch (e.kind()) {
            case UNAUTHORIZED -> new StartupException("the Bot API server at " + server + " rejected the token (error "
                    + e.errorCode() + "): check TELEGRAM_BOT_TOKEN or the --token-file (a token from @BotFather looks like 123456789:AAE...)");
            case RETRY_AFTER -> new StartupException("the Bot API server at " + server + " asks to wait " + e.retryAfterSeconds()
                    + " s (429); start again later");
            default -> BotApi.isNetwork(e)
                    ? new StartupException("cannot reach the Bot API server at " + server + ": " + rootMessage(e)
                    + " (check TELEGRAM_API_URL / --api-url and the network)")
                    : new StartupException("the Bot API server at " + server + " failed: " + e.getMessage());
        };
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        // Scrubbed copies start with the original class name, e.g. "java.net.ConnectException: Connection refused".
        return m.replaceFirst("^[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error): ", "");
    }
}
