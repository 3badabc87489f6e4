package faqbot.telegram;

import faqbot.chat.Conversation;
import faqbot.chat.admin.AdminCheck;
import faqbot.faq.Lang;
import faqbot.ops.BotMetrics;
import faqbot.store.StateDb;
import faqbot.telegram.send.ApiException;
import faqbot.telegram.send.DurableQueue;
import faqbot.telegram.send.Outgoing;
import faqbot.telegram.send.Pacer;
import faqbot.text.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: checks the token and server at start, sends what the outbox still owes, polls and
 * answers until stopped, and on {@link #stop()} (what SIGTERM calls) stops polling, sends for up to the
 * drain timeout and leaves the rest in the outbox for the next start.
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

        /** The state file that holds the outbox and the handled update ids, so a restart neither loses nor repeats a reply. */
        StateDb state();

        /**
         * Whether deciding about a group command from this sender may ask Telegram (getChatMember), which
         * can take seconds: such updates are handled off the polling thread.
         */
        default boolean mayAskTelegram(long chatId, long userId) {
            return false;
        }
    }

    private final TelegramConfig config;
    private final BotApi api;
    private final BotApi.Identity identity;
    private final Poller poller;
    private final DurableQueue queue;
    private final java.util.concurrent.ExecutorService adminThreads;
    private final Thread pollThread;
    private final CountDownLatch pollDone = new CountDownLatch(1);
    private final Object stopLock = new Object();
    private boolean stopped;

    private TelegramBot(TelegramConfig config, BotApi api, BotApi.Identity identity, Poller poller, DurableQueue queue,
                        java.util.concurrent.ExecutorService adminThreads) {
        this.config = config;
        this.api = api;
        this.identity = identity;
        this.poller = poller;
        this.queue = queue;
        this.adminThreads = adminThreads;
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
            throw StartupException.of(config, e);
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
        DurableQueue queue = DurableQueue.open(wiring.state(), pacer, config.sendBackoff(), config.outboxMaxAge(), call -> {
            if (call instanceof Outgoing.Message m) {
                api.send(m);
            } else if (call instanceof Outgoing.Edit e) {
                api.edit(e);
            } else if (call instanceof Outgoing.InlineAnswer a) {
                api.answerInline(a);
            } else {
                api.answerCallback((Outgoing.CallbackAnswer) call);
            }
        }, clock, metrics);
        metrics.watchQueue(queue.queue()::size, queue::givenUp);
        java.util.concurrent.ExecutorService adminThreads = AdminLookups.threads();
        Poller poller = new Poller(api, new UpdateMapper(me.id()), conversation, queue, config, redactor, metrics, me.username(),
                AdminLookups.mayWait(wiring::mayAskTelegram), adminThreads);
        TelegramBot bot = new TelegramBot(config, api, me, poller, queue, adminThreads);
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
            throw StartupException.of(config, e);
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
            adminThreads.shutdown();
            try {
                // A command waiting on getChatMember gets a moment to write its reply; otherwise it is not answered.
                adminThreads.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            adminThreads.shutdownNow();
            queue.drain(config.drainTimeout());
            confirm();
            api.close();
            queue.close();
            LOG.info("stopped in {} ms: {} replies sent, {} left in the outbox for the next start, {} given up",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), queue.sent(), queue.unsettled(), queue.givenUp());
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
        return queue.queue().size();
    }

    /**
     * Tells Telegram which updates are done, so a restart does not fetch them again: everything below
     * the poller's offset has its reply in the outbox, sent or not, and unsent replies go out at the next start.
     */
    private void confirm() {
        long offset = poller.offset();
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
}
