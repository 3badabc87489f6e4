package faqbot.telegram;

import faqbot.telegram.send.ApiException;
import faqbot.telegram.send.Outgoing;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The bot's Bot API calls through the library's OkHttpTelegramClient, with our own thread pools
 * (so the JVM can exit) and every failure turned into an {@link ApiException} without the token.
 */
final class BotApi implements AutoCloseable {
    /** Who the bot is, from getMe. */
    record Identity(long id, String username, boolean readsAllGroupMessages) {
    }

    /** A menu entry for setMyCommands. */
    record MenuCommand(String name, String description) {
    }

    private static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query", "chosen_inline_result");
    private static final Logger LOG = LoggerFactory.getLogger(BotApi.class);

    private final TokenRedactor redactor;
    private final ExecutorService sendThreads;
    private final ExecutorService pollThreads;
    private final OkHttpClient sendHttp;
    private final OkHttpClient pollHttp;
    private final OkHttpTelegramClient sendClient;
    private final OkHttpTelegramClient pollClient;
    private final PollResponseCheck pollCheck = new PollResponseCheck();

    BotApi(TelegramConfig config, TokenRedactor redactor) {
        this.redactor = redactor;
        this.sendThreads = threads("faqbot-http");
        this.pollThreads = threads("faqbot-http-poll");
        ConnectionPool pool = new ConnectionPool(8, 1, TimeUnit.MINUTES);
        this.sendHttp = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(sendThreads))
                .connectionPool(pool)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        // The long poll holds the request open for pollTimeout: the read timeout must outlast it.
        Duration pollRead = config.pollTimeout().plusSeconds(15);
        this.pollHttp = sendHttp.newBuilder()
                .dispatcher(new Dispatcher(pollThreads))
                .readTimeout(pollRead)
                .callTimeout(pollRead.plusSeconds(15))
                .addInterceptor(pollCheck)
                .build();
        TelegramUrl url = new TelegramUrl(config.apiUrl().getScheme().toLowerCase(java.util.Locale.ROOT),
                config.apiUrl().getHost(), config.port(), false);
        this.sendClient = new OkHttpTelegramClient(sendHttp, config.token(), url);
        this.pollClient = new OkHttpTelegramClient(pollHttp, config.token(), url);
    }

    private static ExecutorService threads(String name) {
        AtomicInteger n = new AtomicInteger();
        // Daemon threads, and shut down in close(): nothing of ours may keep the JVM alive after a stop.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return pool;
    }

    Identity getMe() throws ApiException {
        User me = call(sendClient, new GetMe());
        return new Identity(me.getId(), me.getUserName() == null ? "" : me.getUserName(),
                Boolean.TRUE.equals(me.getCanReadAllGroupMessages()));
    }

    /**
     * The user's status in the chat, e.g. "creator", "administrator", "member", "left"; empty when
     * Telegram's answer had no status the library knows.
     */
    String chatMemberStatus(long chatId, long userId) throws ApiException {
        ChatMember member = call(sendClient, new GetChatMember(Long.toString(chatId), userId));
        return member == null || member.getStatus() == null ? "" : member.getStatus();
    }

    void deleteWebhook() throws ApiException {
        call(sendClient, new DeleteWebhook());
    }

    /**
     * Sets the command menu; {@code languageCode} empty for the default menu, e.g. "ko" for Korean users;
     * {@code groupAdmins} for the menu Telegram shows the admins of every group.
     */
    void setCommands(List<MenuCommand> commands, String languageCode, boolean groupAdmins) throws ApiException {
        List<BotCommand> list = commands.stream().map(c -> new BotCommand(c.name(), c.description())).toList();
        SetMyCommands set = new SetMyCommands(list);
        if (!languageCode.isEmpty()) {
            set.setLanguageCode(languageCode);
        }
        if (groupAdmins) {
            set.setScope(new BotCommandScopeAllChatAdministrators());
        }
        call(sendClient, set);
    }

    /** Waits up to {@code timeoutSeconds} for updates with id at or above {@code offset}, which confirms the ones below. */
    List<Update> getUpdates(int offset, int timeoutSeconds, int limit) throws ApiException {
        GetUpdates get = GetUpdates.builder().offset(offset).limit(limit).timeout(timeoutSeconds)
                .allowedUpdates(ALLOWED_UPDATES).build();
        List<Update> updates = call(pollClient, get);
        return updates == null ? List.of() : updates;
    }

    /** The update ids of the last getUpdates answer that had the right shape. */
    List<Long> lastPolledIds() {
        return pollCheck.lastIds();
    }

    /**
     * Sends one message; returns its message id. HTML that Telegram refuses is sent again as plain
     * text (with an ERROR line: it is a bug in our rendering, but the person still gets the answer),
     * and a forum thread Telegram cannot find is dropped, keeping the reply to the question.
     */
    int send(Outgoing.Message m) throws ApiException {
        boolean html = m.html();
        int threadId = m.threadId();
        // Each fallback is taken at most once, so this ends after three tries; both may be needed for one message.
        while (true) {
            try {
                return sendOnce(m, html, threadId);
            } catch (ApiException e) {
                if (html && Refusals.entities(e)) {
                    LOG.error("Telegram refused the HTML of a message for update {} ({}): sent as plain text instead", m.updateId(), e.getMessage());
                    html = false;
                } else if (threadId != 0 && Refusals.threadNotFound(e)) {
                    LOG.info("forum thread {} not found for update {}: replying without it", threadId, m.updateId());
                    threadId = 0;
                } else {
                    throw e;
                }
            }
        }
    }

    private int sendOnce(Outgoing.Message m, boolean html, int threadId) throws ApiException {
        Message sent = call(sendClient, Requests.message(m, html, threadId));
        return sent == null || sent.getMessageId() == null ? 0 : sent.getMessageId();
    }

    /** Replaces a message's text and buttons; the same plain-text fallback as {@link #send}. */
    void edit(Outgoing.Edit e) throws ApiException {
        try {
            editOnce(e, true);
        } catch (ApiException x) {
            if (Refusals.unchanged(x)) {
                return; // the same press twice: the message already shows it
            }
            if (!Refusals.entities(x)) {
                throw x;
            }
            LOG.error("Telegram refused the HTML of an edit for update {} ({}): sent as plain text instead", e.updateId(), x.getMessage());
            editOnce(e, false);
        }
    }

    private void editOnce(Outgoing.Edit e, boolean html) throws ApiException {
        call(sendClient, Requests.edit(e, html));
    }

    /** Answers an inline query; the same plain-text fallback as {@link #send}, for all results at once. */
    void answerInline(Outgoing.InlineAnswer a) throws ApiException {
        try {
            call(sendClient, Requests.inline(a, true));
        } catch (ApiException e) {
            if (!Refusals.entities(e)) {
                throw e;
            }
            LOG.error("Telegram refused the HTML of inline results for update {} ({}): sent as plain text instead", a.updateId(), e.getMessage());
            call(sendClient, Requests.inline(a, false));
        }
    }

    void answerCallback(Outgoing.CallbackAnswer a) throws ApiException {
        AnswerCallbackQuery answer = new AnswerCallbackQuery(a.callbackId());
        if (!a.text().isEmpty()) {
            answer.setText(a.text());
        }
        call(sendClient, answer);
    }

    /** Aborts a getUpdates in progress, so a stop does not wait out the long poll. */
    void cancelPoll() {
        pollHttp.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        pollHttp.dispatcher().cancelAll();
        sendHttp.dispatcher().cancelAll();
        pollThreads.shutdownNow();
        sendThreads.shutdownNow();
        sendHttp.connectionPool().evictAll();
    }

    private <T extends Serializable, M extends BotApiMethod<T>> T call(OkHttpTelegramClient client, M method) throws ApiException {
        try {
            return client.execute(method);
        } catch (TelegramApiRequestException e) {
            throw classify(method.getMethod(), e);
        } catch (TelegramApiException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof TelegramApiRequestException r) {
                throw classify(method.getMethod(), r);
            }
            throw new ApiException(network(cause) ? ApiException.Kind.NETWORK : ApiException.Kind.TRANSIENT, 0, 0,
                    method.getMethod() + " failed: " + redactor.describe(cause), redactor.scrub(cause));
        } catch (RuntimeException e) {
            throw new ApiException(network(e) ? ApiException.Kind.NETWORK : ApiException.Kind.TRANSIENT, 0, 0,
                    method.getMethod() + " failed: " + redactor.describe(e), redactor.scrub(e));
        }
    }

    /** Valid JSON that Jackson could not map onto the library's types, as opposed to an HTML error page. */
    private static boolean unmappable(Throwable e) {
        for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof com.fasterxml.jackson.databind.JsonMappingException) {
                return true;
            }
        }
        return false;
    }

    private ApiException classify(String method, TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String what = method + " failed: " + (code == 0 ? redactor.describe(e) : "[" + code + "] " + redactor.redact(e.getApiResponse()));
        Integer retry = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        ApiException.Kind kind;
        if (code == 429) {
            kind = ApiException.Kind.RETRY_AFTER;
        } else if (code == 401 || code == 404) {
            kind = ApiException.Kind.UNAUTHORIZED;
        } else if (code == 0 && unmappable(e)) {
            kind = ApiException.Kind.UNREADABLE;
        } else if (code == 0 && network(e)) {
            kind = ApiException.Kind.NETWORK;
        } else if (code == 0 || code >= 500 || code == 409) {
            // 0: no readable API answer (an HTML error page, a cut connection); 409: a webhook or a second instance.
            kind = ApiException.Kind.TRANSIENT;
        } else {
            kind = ApiException.Kind.REJECTED;
        }
        return new ApiException(kind, code, retry == null ? (code == 429 ? 1 : 0) : retry, what, redactor.scrub(e));
    }

    /**
     * Whether an exception chain, as the library threw it (before scrubbing), comes from the network:
     * nothing reached the server or no answer came back. Decided here, once, by type.
     */
    private static boolean network(Throwable t) {
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                // An answer came back but was not the Bot API's JSON (a proxy's error page): the server, not the network.
                return false;
            }
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
