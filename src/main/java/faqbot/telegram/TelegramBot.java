package faqbot.telegram;

import faqbot.config.BotConfig;
import faqbot.core.FaqBot;
import faqbot.store.GroupSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: checks the token and server at start, sends what the outbox still owes, polls and
 * answers until stopped, and on {@link #stop()} (what SIGTERM calls) stops polling, sends for up to the
 * drain timeout and leaves the rest in the outbox for the next start.
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
    /** The menu Telegram shows a group's admins (scope all_chat_administrators): the settings commands too. */
    static final List<BotApi.MenuCommand> ADMIN_MENU_EN = List.of(
            new BotApi.MenuCommand("ask", "Ask a question, e.g. /ask is it legal?"),
            new BotApi.MenuCommand("topics", "Topics as buttons"),
            new BotApi.MenuCommand("help", "How to ask, also in groups"),
            new BotApi.MenuCommand("settings", "This group's settings"),
            new BotApi.MenuCommand("listen", "on|off: answer clear questions without a mention"),
            new BotApi.MenuCommand("lang", "auto|en|ko: reply language"),
            new BotApi.MenuCommand("unanswered", "on|off: log questions I could not answer"));
    static final List<BotApi.MenuCommand> ADMIN_MENU_KO = List.of(
            new BotApi.MenuCommand("ask", "질문하기, 예: /ask 불법인가요?"),
            new BotApi.MenuCommand("topics", "주제 버튼"),
            new BotApi.MenuCommand("help", "사용법 (그룹 포함)"),
            new BotApi.MenuCommand("settings", "이 그룹의 설정"),
            new BotApi.MenuCommand("listen", "on|off: 부르지 않은 분명한 질문에도 답하기"),
            new BotApi.MenuCommand("lang", "auto|en|ko: 답변 언어"),
            new BotApi.MenuCommand("unanswered", "on|off: 못 찾은 질문 기록"));

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
     * Connects (getMe, deleteWebhook, setMyCommands) and starts polling and sending, with no stored
     * settings and no admin commands beyond {@code commands}.
     *
     * @param core     the FAQ core, read for every update so a reload swaps it whole
     * @param listener told about every answered question
     * @param commands extra commands
     * @param clock    for pacing and flood control
     * @throws StartupException with one line for a person: token rejected, server unreachable, ...
     */
    public static TelegramBot start(TelegramConfig config, AtomicReference<FaqBot> core, AnswerListener listener,
                                    CommandHook commands, Clock clock) throws StartupException {
        return start(config, core, null, listener, commands, clock);
    }

    /**
     * Starts the bot for a community: per-chat settings and listen mode, the admin commands, the
     * configured flood limits and default language, statistics and the unanswered-questions log.
     *
     * @param core      the FAQ core; {@code community.reloader()} must swap this same reference
     * @param community the configuration and the data folder's stores
     * @param listener  also told about every answered question, e.g. by tests; {@link AnswerListener#NONE} for none
     * @param clock     for pacing, flood control, the listen cooldown and the admin-status cache
     */
    public static TelegramBot start(TelegramConfig config, AtomicReference<FaqBot> core, Community community,
                                    AnswerListener listener, Clock clock) throws StartupException {
        return start(config, core, Objects.requireNonNull(community, "community"), listener, CommandHook.NONE, clock);
    }

    private static TelegramBot start(TelegramConfig config, AtomicReference<FaqBot> core, Community community,
                                     AnswerListener listener, CommandHook commands, Clock clock) throws StartupException {
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
        setMenu(api, MENU_EN, "", false);
        setMenu(api, MENU_KO, "ko", false);
        FloodGuard flood = new FloodGuard(clock);
        ChatPolicy policy = ChatPolicy.DEFAULTS;
        Optional<AdminCheck> admins = Optional.empty();
        if (community != null) {
            setMenu(api, ADMIN_MENU_EN, "", true);
            setMenu(api, ADMIN_MENU_KO, "ko", true);
            BotConfig c = community.config();
            flood = new FloodGuard(clock, new FloodGuard.Settings(c.flood().maxQuestionsPerMinute(), Duration.ofMinutes(1),
                    Duration.ofSeconds(c.flood().muteSeconds())), 200_000);
            policy = new ChatPolicy(community.settings()::get, c.defaultLang(),
                    Optional.of(new Listening(c.listenThreshold(), Duration.ofSeconds(c.listenCooldownSeconds()), clock)));
            AdminCheck check = new AdminCheck(api::chatMemberStatus, c::isAdmin, clock, ADMIN_STATUS_TTL);
            admins = Optional.of(check);
            commands = new AdminCommands(core, community.settings(), c.defaultLang(), check, community.stats(),
                    community.reloader(), me.readsAllGroupMessages());
            listener = both(recorder(community), listener);
            warnIfListenCannotWork(community, me);
        }
        Pacer pacer = new Pacer(clock, config.limits(), 100_000);
        DurableQueue queue = DurableQueue.open(Optional.ofNullable(community).map(Community::state), config, pacer, call -> {
            if (call instanceof Outgoing.Message m) {
                api.send(m);
            } else {
                api.answerCallback((Outgoing.CallbackAnswer) call);
            }
        }, clock);
        Conversation conversation = new Conversation(core, new Addressing(me.username()), flood, listener, commands, policy);
        java.util.concurrent.ExecutorService adminThreads = AdminLookups.threads();
        Poller poller = new Poller(api, new UpdateMapper(me.id()), conversation, queue, config, redactor,
                admins.map(AdminLookups::mayWait).orElse(u -> false), adminThreads);
        TelegramBot bot = new TelegramBot(config, api, me, poller, queue, adminThreads);
        queue.start(config.sendWorkers());
        bot.pollThread.start();
        LOG.info("polling as @{} via {}://{}:{} (privacy mode {})", me.username(), config.apiUrl().getScheme(),
                config.apiUrl().getHost(), config.port(), me.readsAllGroupMessages() ? "off: sees all group messages" : "on");
        return bot;
    }

    /** Logs what a reload did, for reloads that have nobody to answer, e.g. SIGHUP. */
    public static void logReload(faqbot.core.FaqReloader.Result result, String via) {
        AdminCommands.log(result, via);
    }

    /** How long a group admin's status from getChatMember is trusted. */
    static final Duration ADMIN_STATUS_TTL = Duration.ofMinutes(1);

    /** Counts every answered question and logs the unmatched ones of chats that did not opt out; never ids. */
    private static AnswerListener recorder(Community community) {
        return event -> {
            community.stats().record(event.answer().match());
            // Listen-mode answers are never logged: nobody asked the bot, and they are strong matches anyway.
            if (!event.listened() && community.settings().get(event.chatId()).logUnanswered()) {
                community.unanswered().record(event.answer().match(),
                        event.chatKind() == ChatKind.PRIVATE ? faqbot.store.ChatKind.PRIVATE : faqbot.store.ChatKind.GROUP);
            }
        };
    }

    private static AnswerListener both(AnswerListener first, AnswerListener second) {
        return event -> {
            try {
                first.answered(event);
            } finally {
                second.answered(event);
            }
        };
    }

    private static void warnIfListenCannotWork(Community community, BotApi.Identity me) {
        long listening = community.settings().configuredChats().values().stream().filter(GroupSettings::listen).count();
        if (listening > 0 && !me.readsAllGroupMessages()) {
            LOG.warn("listen mode is on in {} chat(s), but the bot's privacy mode is on, so Telegram sends it only messages that "
                    + "address it: send /setprivacy to @BotFather, choose Disable, then remove and re-add the bot to those groups", listening);
        }
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

    private static void setMenu(BotApi api, List<BotApi.MenuCommand> menu, String lang, boolean groupAdmins) {
        try {
            api.setCommands(menu, lang, groupAdmins);
        } catch (ApiException e) {
            LOG.warn("setMyCommands{}{} failed, the command menu may be missing: {}", lang.isEmpty() ? "" : " (" + lang + ")",
                    groupAdmins ? " for group admins" : "", e.getMessage());
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
