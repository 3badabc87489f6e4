package faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A Bot API server on loopback for the load harness, built for volume rather than inspection (the
 * unit tests' {@link FakeBotApi} keeps every request and filters lists): bulk update injection with
 * the time each update became available, and a sendMessage that enforces Telegram's sending limits
 * itself and answers 429 with retry_after when the bot breaks one, counting every refusal.
 */
final class LoadHarnessBotApi extends LoopbackBotApi {
    /**
     * Telegram's limits as this server enforces them.
     *
     * @param perChatMillis   least gap between two messages to one chat, e.g. 1000
     * @param groupPerMinute  messages to one group in any 60 s, e.g. 20
     * @param globalPerSecond messages overall in any 1 s, e.g. 30
     * @param toleranceMillis slack for loopback and scheduling jitter between the bot's pacer and
     *                        this server's clock, e.g. 50 (every window is shortened by it)
     * @param enforce         false to only record, e.g. for a run with the bot's pacing relaxed
     */
    record Limits(long perChatMillis, int groupPerMinute, int globalPerSecond, long toleranceMillis, boolean enforce) {
        static Limits telegram(long toleranceMillis) {
            return new Limits(1000, 20, 30, toleranceMillis, true);
        }

        static Limits off() {
            return new Limits(1000, 20, 30, 0, false);
        }
    }

    /**
     * One delivered sendMessage.
     *
     * @param chatId   e.g. -1001000000007
     * @param replyTo  reply_parameters.message_id, 0 when none
     * @param atNanos  when the request arrived (System.nanoTime)
     * @param length   text length in UTF-16 units
     * @param warned   whether the text ends with one of the expected warnings
     */
    record Send(long chatId, int replyTo, long atNanos, int length, boolean warned) {
    }

    private record Pending(int updateId, String json) {
    }

    static {
        // The JDK server writes headers and body separately: without TCP_NODELAY, Nagle's algorithm and
        // delayed ACKs add ~40 ms to every call, which would be measured as the bot's latency.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    private final Limits limits;
    private final Predicate<String> warned;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final int firstUpdateId = 1;
    private final long[] availableAt;
    private final long[] polledAt;
    private final List<Send> sends = new ArrayList<>();
    private final Map<Long, Long> lastSendTo = new HashMap<>();
    private final Map<Long, ArrayDeque<Long>> groupWindows = new HashMap<>();
    private final ArrayDeque<Long> globalWindow = new ArrayDeque<>();
    private final Map<String, Integer> refused = new HashMap<>();
    private int nextUpdateId = firstUpdateId;
    private int callbackAnswers;

    /**
     * @param capacity the most updates this server will be given, e.g. 20,000
     * @param warned   tells whether a sent text carries the warnings
     */
    LoadHarnessBotApi(Limits limits, int capacity, Predicate<String> warned) throws IOException {
        super(TOKEN, 0, "load-bot-api");
        this.limits = limits;
        this.warned = warned;
        this.availableAt = new long[capacity];
        this.polledAt = new long[capacity];
    }

    @Override
    protected boolean readsAllGroupMessages() {
        return true;
    }

    /**
     * Makes an update available to getUpdates now.
     *
     * @param body the update's JSON object without "update_id", e.g. {"message":{...}}
     * @return its update id
     */
    int push(String body) {
        synchronized (lock) {
            int id = nextUpdateId++;
            String u = "{\"update_id\":" + id + (body.length() > 2 ? "," : "") + body.substring(1);
            availableAt[id - firstUpdateId] = System.nanoTime();
            pending.addLast(new Pending(id, u));
            lock.notifyAll();
            return id;
        }
    }

    /** When update {@code id} became available (System.nanoTime). */
    long availableAt(int id) {
        synchronized (lock) {
            return availableAt[id - firstUpdateId];
        }
    }

    /** When update {@code id} was first handed to the bot by getUpdates, 0 if never. */
    long polledAt(int id) {
        synchronized (lock) {
            return polledAt[id - firstUpdateId];
        }
    }

    /** Delivered messages so far, in arrival order. */
    List<Send> sends() {
        synchronized (lock) {
            return List.copyOf(sends);
        }
    }

    int sendCount() {
        synchronized (lock) {
            return sends.size();
        }
    }

    /** 429s answered, by the limit broken: "chat", "group", "global". */
    Map<String, Integer> refused() {
        synchronized (lock) {
            return Map.copyOf(refused);
        }
    }

    /** Updates not yet confirmed by an offset. */
    int unconfirmed() {
        synchronized (lock) {
            return pending.size();
        }
    }

    int callbackAnswers() {
        synchronized (lock) {
            return callbackAnswers;
        }
    }

    // ---- HTTP

    @Override
    protected void answer(HttpExchange ex, String method, byte[] raw) throws IOException {
        switch (method) {
            case "answercallbackquery" -> {
                synchronized (lock) {
                    callbackAnswers++;
                }
                answerCommon(ex, method);
            }
            case "getupdates" -> respond(ex, 200, getUpdates(parse(raw)));
            case "sendmessage" -> sendMessage(ex, parse(raw));
            default -> answerCommon(ex, method);
        }
    }

    private String getUpdates(JsonNode body) {
        int offset = body.path("offset").asInt(0);
        int limit = Math.max(1, Math.min(100, body.path("limit").asInt(100)));
        long deadline = System.nanoTime() + body.path("timeout").asLong(0) * SECOND;
        StringBuilder out = new StringBuilder("{\"ok\":true,\"result\":[");
        synchronized (lock) {
            // An offset confirms every update below it, as Telegram forgets them.
            while (!pending.isEmpty() && pending.peekFirst().updateId() < offset) {
                pending.pollFirst();
            }
            awaitUpdates(() -> !pending.isEmpty(), deadline);
            long now = System.nanoTime();
            int n = 0;
            for (Pending p : pending) {
                if (n == limit) {
                    break;
                }
                out.append(n++ == 0 ? "" : ",").append(p.json());
                int i = p.updateId() - firstUpdateId;
                if (polledAt[i] == 0) {
                    polledAt[i] = now;
                }
            }
        }
        return out.append("]}").toString();
    }

    private void sendMessage(HttpExchange ex, JsonNode body) throws IOException {
        // The text checked below is what a person reads, HTML parsed as strictly as Telegram would.
        if (refusesEntities(ex, "sendmessage", body, null)) {
            return;
        }
        long chatId = body.path("chat_id").asLong();
        String text = body.path("text").asText("");
        int replyTo = body.path("reply_parameters").path("message_id").asInt(0);
        boolean hasWarnings = warned.test(text);
        String refusal;
        synchronized (lock) {
            long now = System.nanoTime();
            refusal = limits.enforce() ? broken(chatId, now) : null;
            if (refusal == null) {
                record(chatId, now);
                sends.add(new Send(chatId, replyTo, now, text.length(), hasWarnings));
                lock.notifyAll();
            } else {
                refused.merge(refusal, 1, Integer::sum);
            }
        }
        if (refusal != null) {
            respond(ex, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1 (" + refusal
                    + " limit)\",\"parameters\":{\"retry_after\":1}}");
            return;
        }
        ok(ex, sentJson(nextMessageId(), chatId, chatId < 0 ? "supergroup" : "private"));
    }

    /** Which limit a send now would break, or null. Called with the lock held. */
    private String broken(long chatId, long now) {
        long slack = limits.toleranceMillis() * 1_000_000L;
        Long last = lastSendTo.get(chatId);
        if (last != null && now - last < limits.perChatMillis() * 1_000_000L - slack) {
            return "chat";
        }
        if (chatId < 0 && count(groupWindows.get(chatId), now - MINUTE + slack) >= limits.groupPerMinute()) {
            return "group";
        }
        if (count(globalWindow, now - SECOND + slack) >= limits.globalPerSecond()) {
            return "global";
        }
        return null;
    }

    private void record(long chatId, long now) {
        lastSendTo.put(chatId, now);
        globalWindow.addLast(now);
        trim(globalWindow, now - 2 * SECOND);
        if (chatId < 0) {
            ArrayDeque<Long> w = groupWindows.computeIfAbsent(chatId, id -> new ArrayDeque<>());
            w.addLast(now);
            trim(w, now - 2 * MINUTE);
        }
    }

    private static int count(ArrayDeque<Long> window, long after) {
        if (window == null) {
            return 0;
        }
        int n = 0;
        for (var it = window.descendingIterator(); it.hasNext(); ) {
            if (it.next() <= after) {
                break;
            }
            n++;
        }
        return n;
    }

    private static void trim(ArrayDeque<Long> window, long before) {
        while (!window.isEmpty() && window.peekFirst() < before) {
            window.pollFirst();
        }
    }
}
