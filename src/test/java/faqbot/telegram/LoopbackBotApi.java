package faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * What every fake Bot API server on loopback shares, so the unit tests' {@link FakeBotApi} and the
 * load harness's {@link LoadHarnessBotApi} differ only in what they record and enforce: the HTTP
 * server, the token check, getMe, the calls that only say "ok", the long-poll wait and shutdown.
 */
public abstract class LoopbackBotApi implements AutoCloseable {
    public static final String TOKEN = "123456789:AAF-test_SECRET_token_value";
    public static final String BOT_USERNAME = "faq_test_bot";
    public static final long BOT_ID = 4242;

    static {
        // Without TCP_NODELAY the JDK server's answers wait for delayed ACKs: about 40 ms per request on loopback.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    protected final ObjectMapper json = new ObjectMapper();
    /** Guards each subclass's state; notified whenever updates arrive or the server closes. */
    protected final Object lock = new Object();
    private volatile HttpServer server;
    private final int port;
    private final ExecutorService threads;
    private final String token;
    private boolean closed;
    private int nextMessageId = 9000;

    /**
     * @param port       0 for any free port
     * @param threadName e.g. "fake-bot-api"
     */
    protected LoopbackBotApi(String token, int port, String threadName) throws IOException {
        this.token = token;
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        server = listen(port);
        this.port = server.getAddress().getPort();
    }

    private HttpServer listen(int port) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        s.setExecutor(threads);
        s.createContext("/", this::handle);
        s.start();
        return s;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** An outage: the port stops answering (connections are refused) until {@link #comeBack()}; updates are kept. */
    public void goDown() {
        server.stop(0);
    }

    /** Ends an outage: listens on the same port again. */
    public void comeBack() throws IOException {
        server = listen(port);
    }

    /**
     * Answers one Bot API call whose token was accepted; {@link #answerCommon} answers the calls every fake answers alike.
     *
     * @param method lower case, e.g. "sendmessage"
     * @param raw    the request body as sent
     */
    protected abstract void answer(HttpExchange ex, String method, byte[] raw) throws IOException;

    /** The username getMe reports, e.g. "faq_test_bot". */
    protected String username() {
        return BOT_USERNAME;
    }

    /** What getMe says about privacy mode: true means it is off (the bot sees every group message). */
    protected boolean readsAllGroupMessages() {
        return false;
    }

    /** getMe, deleteWebhook, setMyCommands, answerCallbackQuery, and 404 for anything else. */
    protected final void answerCommon(HttpExchange ex, String method) throws IOException {
        switch (method) {
            case "getme" -> ok(ex, json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "FAQ")
                    .put("username", username()).put("can_join_groups", true)
                    .put("can_read_all_group_messages", readsAllGroupMessages()).put("supports_inline_queries", false));
            case "deletewebhook", "setmycommands", "answercallbackquery", "answerinlinequery" -> ok(ex, json.getNodeFactory().booleanNode(true));
            case "editmessagetext" -> ok(ex, sentJson(nextMessageId(), 0, "private"));
            default -> respond(ex, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
        }
    }

    /** Checks a call's HTML texts as Telegram would; see {@link StrictEntities#parse}. */
    protected final Optional<String> parseEntities(String method, JsonNode body) {
        return StrictEntities.parse(method, body);
    }

    /**
     * Answers 400 "can't parse entities" as Telegram does when a call's HTML would not parse (recording
     * it as failed in {@code log}, when given); true when it did.
     */
    protected final boolean refusesEntities(HttpExchange ex, String method, JsonNode body, List<FakeBotApi.Request> log) throws IOException {
        Optional<String> refused = parseEntities(method, body);
        if (refused.isEmpty()) {
            return false;
        }
        if (log != null) {
            synchronized (lock) {
                log.add(new FakeBotApi.Request(method, ((ObjectNode) body.deepCopy()).put("_failed", 400), System.nanoTime()));
                lock.notifyAll();
            }
        }
        respond(ex, 400, json.writeValueAsString(json.createObjectNode().put("ok", false).put("error_code", 400)
                .put("description", "Bad Request: can't parse entities: " + refused.get())));
        return true;
    }

    /** A fresh message id, for messages in updates and for those the bot sends. */
    protected final int nextMessageId() {
        synchronized (lock) {
            return nextMessageId++;
        }
    }

    /** A user object, e.g. the sender of a test message; {@code languageCode} null for none. */
    public ObjectNode user(long id, String languageCode, boolean bot) {
        ObjectNode u = json.createObjectNode().put("id", id).put("is_bot", bot).put("first_name", bot ? "Other bot" : "Tester");
        if (languageCode != null) {
            u.put("language_code", languageCode);
        }
        return u;
    }

    /** A message object (not yet an update). */
    public ObjectNode message(ObjectNode chat, ObjectNode from, String text) {
        ObjectNode m = json.createObjectNode().put("message_id", nextMessageId());
        m.put("date", System.currentTimeMillis() / 1000);
        m.set("chat", chat);
        if (from != null) {
            m.set("from", from);
        }
        if (text != null) {
            m.put("text", text);
        }
        return m;
    }

    /** A chat object; groups get a title, as Telegram gives them. */
    public ObjectNode chat(long id, String type) {
        ObjectNode c = json.createObjectNode().put("id", id).put("type", type);
        if (!type.equals("private")) {
            c.put("title", "Test group");
        }
        return c;
    }

    /** An update of one kind, e.g. "message", without its update_id. */
    public ObjectNode update(String kind, ObjectNode payload) {
        ObjectNode u = json.createObjectNode();
        u.set(kind, payload);
        return u;
    }

    /** The message object sendMessage answers with (the caller adds the text when it wants it echoed). */
    protected final ObjectNode sentJson(int messageId, long chatId, String chatType) {
        ObjectNode m = json.createObjectNode().put("message_id", messageId).put("date", System.currentTimeMillis() / 1000);
        m.set("chat", json.createObjectNode().put("id", chatId).put("type", chatType));
        m.set("from", botUser());
        return m;
    }

    /** A getChatMember answer for a status, e.g. "administrator" with the rights an admin object must carry. */
    protected final ObjectNode memberJson(long userId, String status) {
        ObjectNode m = json.createObjectNode().put("status", status);
        m.set("user", user(userId, "en", false));
        if (status.equals("administrator")) {
            m.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true).put("can_delete_messages", true)
                    .put("can_manage_video_chats", true).put("can_restrict_members", true).put("can_promote_members", false)
                    .put("can_change_info", true).put("can_invite_users", true).put("can_post_stories", false)
                    .put("can_edit_stories", false).put("can_delete_stories", false);
        } else if (status.equals("creator")) {
            m.put("is_anonymous", false);
        }
        return m;
    }

    /** The bot's own user object, as the "from" of the messages it sent. */
    protected final ObjectNode botUser() {
        return json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "FAQ").put("username", username());
    }

    /**
     * The long poll: with {@link #lock} held, waits until {@code ready} holds, the deadline passes or the server closes.
     *
     * @param deadlineNanos System.nanoTime() value to give up at
     */
    protected final void awaitUpdates(BooleanSupplier ready, long deadlineNanos) {
        while (!ready.getAsBoolean() && !closed) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                lock.wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    protected final JsonNode parse(byte[] raw) throws IOException {
        return raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
    }

    protected final void ok(HttpExchange ex, JsonNode result) throws IOException {
        ObjectNode o = json.createObjectNode().put("ok", true);
        o.set("result", result);
        respond(ex, 200, json.writeValueAsString(o));
    }

    protected static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        // An empty body needs -1: 0 would mean chunked encoding to the JDK server.
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The client hung up (a test stopped the bot, or an outage): nothing to answer to.
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String[] parts = ex.getRequestURI().getPath().split("/");
            if (parts.length < 3 || !parts[1].startsWith("bot")) {
                respond(ex, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            if (!parts[1].substring(3).equals(token)) {
                respond(ex, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            answer(ex, parts[parts.length - 1].toLowerCase(Locale.ROOT), ex.getRequestBody().readAllBytes());
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
