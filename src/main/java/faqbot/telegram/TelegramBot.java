package faqbot.telegram;

import faqbot.chat.Conversation;
import faqbot.chat.admin.AdminCheck;
import faqbot.faq.Lang;
import faqbot.ops.BotMetrics;
import faqbot.telegram.send.ApiException;
import faqbot.telegram.send.Outgoing;
import faqbot.telegram.send.Pacer;
import faqbot.telegram.send.SendQueue;
import faqbot.text.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: checks the token and server at start, polls and answers until stopped, and on
 * {@link #stop()} (what SIGTERM calls) finishes the received updates before releasing every thread.
 */
public final class TelegramBot {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    /** The commands in everyone's menu, described from the message catalog ("menu." + name). */
    static final List<String> MENU = List.of("start", "topics", "ask", "help");
    /** The menu Telegram shows a group's admins (scope all_chat_administrators): the settings commands too. */
    static final List<String> ADMIN_MENU = List.of("ask", "topics", "help", "settings", "listen", "lang", "unanswered");

    /**
     * Who the bot turned out to be at start (getMe), and how to ask Telegram about a chat's members.
     *
     * @param username             without '@', e.g. "faq_helper_bot"; empty when Telegram gave none
     * @param seesAllGroupMessages privacy mode off, which listen mode needs
     * @param members              getChatMember, for the admin rules
     */
    public record Connected(String username, boolean seesAllGroupMessages, AdminCheck.StatusLookup members) {
        public Connected {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(members, "members");
        }
    }

    /** What the composition root supplies: the conversation, built once the bot knows its own name. */
    public interface Wiring {
        Conversation conversation(Connected me);

        /** Whether group admins get the settings commands in their menu. */
        boolean adminMenu();

        /** Where updates, polls, 429s, retries and the send queue are reported. */
        default BotMetrics metrics() {
            return BotMetrics.NONE;
        }
    }

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
     * @param wiring builds the conversation the updates go to
     * @param clock  for pacing
     * @throws StartupException with one line for a person: token rejected, server unreachable, ...
     */
    public static TelegramBot start(TelegramConfig config, Wiring wiring, Clock clock) throws StartupException {
        BotMetrics metrics = Objects.requireNonNull(wiring.metrics(), "metrics");
        TelegramConfig.checkToken(config.token());
        TokenRedactor redactor = new TokenRedactor(config.token());
        BotApi api = new BotApi(config, redactor);
        BotApi.Identity me;
        try {
            me = api.getMe();
            api.deleteWebhook();
            metrics.reachable();
        } catch (ApiException e) {
            api.close();
            throw startupProblem(config, e);
        }
        if (me.username().isEmpty()) {
            LOG.warn("getMe returned no username: mentions in groups cannot be recognised");
        }
        setMenus(api, MENU, false);
        if (wiring.adminMenu()) {
            setMenus(api, ADMIN_MENU, true);
        }
        Conversation conversation = wiring.conversation(new Connected(me.username(), me.readsAllGroupMessages(), members(api)));
        Pacer pacer = new Pacer(clock, config.limits(), 100_000);
        SendQueue queue = new SendQueue(call -> {
            if (call instanceof Outgoing.Message m) {
                api.send(m);
            } else if (call instanceof Outgoing.Edit e) {
                api.edit(e);
            } else if (call instanceof Outgoing.InlineAnswer a) {
                api.answerInline(a);
            } else {
                api.answerCallback((Outgoing.CallbackAnswer) call);
            }
        }, pacer, config.sendBackoff(), config.maxSendAttempts(), clock, metrics);
        metrics.watchQueue(queue::size, queue::dropped);
        Poller poller = new Poller(api, new UpdateMapper(me.id()), conversation, queue, config, redactor, metrics, me.username());
        TelegramBot bot = new TelegramBot(config, api, me, poller, queue);
        queue.start(config.sendWorkers());
        bot.pollThread.start();
        LOG.info("polling as @{} via {}://{}:{} (privacy mode {})", me.username(), config.apiUrl().getScheme(),
                config.apiUrl().getHost(), config.port(), me.readsAllGroupMessages() ? "off: sees all group messages" : "on");
        return bot;
    }

    /**
     * Asks the server who the bot is (getMe) without starting anything, so nothing is created on
     * disk before the token is known to be good.
     *
     * @return whether privacy mode is on (the bot gets only the group messages that address it)
     * @throws StartupException as {@link #start} would, with a {@link StartupException#reason()}
     */
    public static boolean probe(TelegramConfig config) throws StartupException {
        TelegramConfig.checkToken(config.token());
        try (BotApi api = new BotApi(config, new TokenRedactor(config.token()))) {
            return !api.getMe().readsAllGroupMessages();
        } catch (ApiException e) {
            throw startupProblem(config, e);
        }
    }

    /** Whether privacy mode is on, from getMe at start. */
    public boolean privacyMode() {
        return !identity.readsAllGroupMessages();
    }

    /** getChatMember for the admin rules: "not a member" (400) is an answer, anything else means Telegram cannot say now. */
    private static AdminCheck.StatusLookup members(BotApi api) {
        return (chatId, userId) -> {
            try {
                return api.chatMemberStatus(chatId, userId);
            } catch (ApiException e) {
                if (e.kind() == ApiException.Kind.REJECTED) {
                    // E.g. 400 "user not found": not a member, so certainly not an admin.
                    return "";
                }
                throw new AdminCheck.Unavailable(e.getMessage());
            }
        };
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

    private static void setMenus(BotApi api, List<String> names, boolean groupAdmins) {
        for (Lang lang : Lang.values()) {
            List<BotApi.MenuCommand> menu = names.stream()
                    .map(n -> new BotApi.MenuCommand(n, Messages.bundled().get(lang, "menu." + n))).toList();
            // English is the menu for every language Telegram has no menu for.
            String code = lang == Lang.EN ? "" : lang.code();
            try {
                api.setCommands(menu, code, groupAdmins);
            } catch (ApiException e) {
                LOG.warn("setMyCommands{}{} failed, the command menu may be missing: {}", code.isEmpty() ? "" : " (" + code + ")",
                        groupAdmins ? " for group admins" : "", e.getMessage());
            }
        }
    }

    private static StartupException startupProblem(TelegramConfig config, ApiException e) {
        String server = config.apiUrl().getScheme() + "://" + config.apiUrl().getHost() + ":" + config.port();
        return switch (e.kind()) {
            case UNAUTHORIZED -> new StartupException(StartupException.Reason.TOKEN_REJECTED, "the Bot API server at " + server + " rejected the token (error "
                    + e.errorCode() + "): check TELEGRAM_BOT_TOKEN or the --token-file (a token from @BotFather looks like 123456789:AAE...)");
            case RETRY_AFTER -> new StartupException(StartupException.Reason.SERVER_ERROR, "the Bot API server at " + server + " asks to wait " + e.retryAfterSeconds()
                    + " s (429); start again later");
            case NETWORK -> new StartupException(StartupException.Reason.UNREACHABLE, "cannot reach the Bot API server at " + server
                    + ": " + rootMessage(e) + " (check TELEGRAM_API_URL / --api-url and the network)");
            case REJECTED -> new StartupException(StartupException.Reason.CONFIG, "the Bot API server at " + server + " failed: "
                    + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
            // A 5xx or an answer that is not the Bot API's JSON (a proxy's error page): one plain line, no parser internals.
            default -> new StartupException(StartupException.Reason.SERVER_ERROR, "the Bot API server at " + server + " failed"
                    + (e.errorCode() > 0 ? " with error " + e.errorCode() : ": its answer was not a Bot API answer (an error page?)"));
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
