package faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A Bot API server on loopback for tests and manual runs: getMe, getUpdates (honouring offset and
 * holding the request until updates arrive or the timeout passes), sendMessage, answerCallbackQuery,
 * setMyCommands, deleteWebhook and getChatMember (everyone is a plain member unless a test says
 * otherwise); records every request and can inject 429s and 500s.
 */
public final class FakeBotApi extends FakeUpdates {
    /** One request as the server saw it: method in lower case, the JSON body, when (System.nanoTime). */
    public record Request(String method, JsonNode body, long atNanos) {
    }

    private record Fault(String method, int status, String body) {
    }

    private final List<Request> requests = new ArrayList<>();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    // Methods that fail at every call from now on, e.g. a server that has stopped answering getUpdates.
    private final java.util.Map<String, Fault> broken = new java.util.HashMap<>();
    // Answers given instead of the next getUpdates results that have updates in them.
    private final Deque<Fault> corruptBatches = new ArrayDeque<>();
    private int nextUpdateId = 500;
    private int confirmedBelow;
    private volatile long sendDelayMillis;
    private volatile java.util.concurrent.CountDownLatch chatMemberGate = new java.util.concurrent.CountDownLatch(0);
    private volatile boolean readsAllGroupMessages;
    private volatile String username = BOT_USERNAME;
    private final java.util.Map<String, String> memberStatus = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeBotApi() throws IOException {
        this(TOKEN, 0);
    }

    /** @param port 0 for any free port */
    public FakeBotApi(String token, int port) throws IOException {
        super(token, port, "fake-bot-api");
    }

    @Override
    protected String username() {
        return username;
    }

    @Override
    protected boolean readsAllGroupMessages() {
        return readsAllGroupMessages;
    }

    // ---- fault injection and inspection

    /** The next call of {@code method} (case-insensitive) gets this HTTP status and body instead of an answer. */
    public void failNext(String method, int status, String body) {
        synchronized (lock) {
            faults.add(new Fault(method.toLowerCase(Locale.ROOT), status, body));
        }
    }

    /** Every call of {@code method} from now on gets a 502 Bad Gateway page, like a proxy in front of a dead server. */
    public void failAlways(String method) {
        synchronized (lock) {
            broken.put(method.toLowerCase(Locale.ROOT), new Fault(method, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
            lock.notifyAll();
        }
    }

    /**
     * The next getUpdates that has updates to return answers this instead (status and body), so the
     * bot meets a broken answer while updates are waiting; the updates stay unconfirmed.
     */
    public void corruptNextBatch(int status, String body) {
        synchronized (lock) {
            corruptBatches.add(new Fault("getupdates", status, body));
        }
    }

    public void failNextWith429(String method, int retryAfterSeconds) {
        failNext(method, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    public void failNextWith500Page(String method) {
        failNext(method, 500, "<html><body><h1>500 Internal Server Error</h1></body></html>");
    }

    /**
     * What getChatMember answers for this user in this chat, e.g. "administrator", "creator",
     * "member" (the default for anyone not set), "left".
     */
    public void setMemberStatus(long chatId, long userId, String status) {
        memberStatus.put(chatId + "/" + userId, status);
    }

    /** The username getMe reports, e.g. "" for a bot Telegram gave none (as in the terminal, where nobody is mentioned). */
    public void setUsername(String name) {
        username = name;
    }

    /** What getMe says about privacy mode: true means privacy mode is off (the bot sees every group message). */
    public void readAllGroupMessages(boolean on) {
        readsAllGroupMessages = on;
    }

    /** Makes getChatMember calls wait (a slow Telegram) until {@link #answerChatMember()}. */
    public void holdChatMember() {
        chatMemberGate = new java.util.concurrent.CountDownLatch(1);
    }

    /** Lets the held getChatMember calls answer. */
    public void answerChatMember() {
        chatMemberGate.countDown();
    }

    /** Makes every sendMessage take this long, e.g. to stop the bot while replies are in flight. */
    public void delaySends(Duration delay) {
        sendDelayMillis = delay.toMillis();
    }

    public List<Request> requests(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        synchronized (lock) {
            return requests.stream().filter(r -> r.method().equals(m)).toList();
        }
    }

    /** The sendMessage bodies that were answered with success, in order. */
    public List<JsonNode> sent() {
        synchronized (lock) {
            return requests.stream().filter(r -> r.method().equals("sendmessage") && !r.body().has("_failed"))
                    .map(Request::body).toList();
        }
    }

    public List<JsonNode> sentTo(long chatId) {
        return sent().stream().filter(b -> b.path("chat_id").asText().equals(Long.toString(chatId))).toList();
    }

    /** Waits until {@code count} requests of {@code method} matching {@code test} have arrived; returns them. */
    public List<Request> await(String method, Predicate<Request> test, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String m = method.toLowerCase(Locale.ROOT);
        synchronized (lock) {
            while (true) {
                List<Request> found = requests.stream().filter(r -> r.method().equals(m) && !r.body().has("_failed") && test.test(r)).toList();
                long left = deadline - System.nanoTime();
                if (found.size() >= count || left <= 0) {
                    return found;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Waits for {@code count} delivered messages to the chat. */
    public List<JsonNode> awaitSentTo(long chatId, int count, Duration timeout) throws InterruptedException {
        return await("sendmessage", r -> r.body().path("chat_id").asText().equals(Long.toString(chatId)), count, timeout)
                .stream().map(Request::body).toList();
    }

    /** The lowest update id not yet confirmed by an offset. */
    public int confirmedBelow() {
        synchronized (lock) {
            return confirmedBelow;
        }
    }

    // ---- updates

    /** Queues an update built by the caller ("update_id" is filled in); returns its id. */
    @Override
    public int push(ObjectNode update) {
        synchronized (lock) {
            int id = nextUpdateId++;
            ObjectNode u = json.createObjectNode().put("update_id", id);
            u.setAll(update);
            updates.add(u);
            lock.notifyAll();
            return id;
        }
    }

    /** Serves an already confirmed update again, as Telegram does when a confirmation was lost. */
    public void redeliver(int updateId, ObjectNode update) {
        synchronized (lock) {
            ObjectNode u = json.createObjectNode().put("update_id", updateId);
            u.setAll(update);
            updates.add(0, u);
            confirmedBelow = Math.min(confirmedBelow, updateId);
            lock.notifyAll();
        }
    }

    // ---- HTTP

    @Override
    protected void answer(HttpExchange ex, String method, byte[] raw) throws IOException {
        if (method.equals("sendmessage") && sendDelayMillis > 0) {
            try {
                Thread.sleep(sendDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        JsonNode body = parse(raw);
        if (refusesEntities(ex, method, body, requests)) {
            return;
        }
        Fault fault;
        synchronized (lock) {
            fault = faults.stream().filter(f -> f.method().equals(method)).findFirst().orElse(broken.get(method));
            if (fault != null) {
                faults.remove(fault);
                requests.add(new Request(method, ((ObjectNode) body.deepCopy()).put("_failed", fault.status()), System.nanoTime()));
            } else if (!method.equals("getupdates")) {
                requests.add(new Request(method, body, System.nanoTime()));
            }
            lock.notifyAll();
        }
        if (fault != null) {
            respond(ex, fault.status(), fault.body());
            return;
        }
        // After recording the call, so a test can see that it was made while it waits.
        if (method.equals("getchatmember")) {
            try {
                chatMemberGate.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        switch (method) {
            case "getupdates" -> answerGetUpdates(ex, body);
            case "sendmessage" -> ok(ex, sentMessage(body));
            case "getchatmember" -> ok(ex, chatMember(body));
            default -> answerCommon(ex, method);
        }
    }

    private void answerGetUpdates(HttpExchange ex, JsonNode body) throws IOException {
        ArrayNode result = getUpdates(body);
        Fault corrupt;
        synchronized (lock) {
            corrupt = result.isEmpty() ? null : corruptBatches.poll();
        }
        if (corrupt != null) {
            respond(ex, corrupt.status(), corrupt.body());
        } else {
            ok(ex, result);
        }
    }

    private ArrayNode getUpdates(JsonNode body) {
        int offset = body.path("offset").asInt(0);
        int limit = body.path("limit").asInt(100);
        long deadline = System.nanoTime() + body.path("timeout").asLong(0) * 1_000_000_000L;
        ArrayNode result = json.createArrayNode();
        synchronized (lock) {
            requests.add(new Request("getupdates", body, System.nanoTime()));
            lock.notifyAll();
            // An offset confirms every update below it: Telegram forgets them.
            if (offset > 0) {
                updates.removeIf(u -> u.get("update_id").asInt() < offset);
                confirmedBelow = Math.max(confirmedBelow, offset);
            }
            awaitUpdates(() -> !updates.isEmpty(), deadline);
            for (ObjectNode u : updates) {
                if (result.size() >= limit) {
                    break;
                }
                result.add(u);
            }
        }
        return result;
    }

    private ObjectNode sentMessage(JsonNode body) {
        return sentJson(nextMessageId(), body.path("chat_id").asLong(), "private").put("text", body.path("text").asText());
    }

    private ObjectNode chatMember(JsonNode body) {
        long userId = body.path("user_id").asLong();
        return memberJson(userId, memberStatus.getOrDefault(body.path("chat_id").asText() + "/" + userId, "member"));
    }
}
