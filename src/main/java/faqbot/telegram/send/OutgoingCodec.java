package faqbot.telegram.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.core.ChatKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a call into the outbox's payload and back, so a reply written before a crash can be sent
 * after it exactly as it would have been: HTML with its plain-text fallback, forum thread, buttons
 * (callback or link), edits in place, button acknowledgements and inline answers. Payloads written
 * by earlier versions (plain-text messages with one button a row) still decode.
 */
final class OutgoingCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutgoingCodec() {
    }

    static String encode(Outgoing call) {
        ObjectNode o = JSON.createObjectNode();
        o.put("updateId", call.updateId()).put("chatId", call.chatId());
        if (call instanceof Outgoing.Message m) {
            o.put("type", "message").put("chatKind", m.chatKind().name()).put("text", m.text()).put("html", m.html())
                    .put("plain", m.plain()).put("replyTo", m.replyTo()).put("threadId", m.threadId());
            rows(o.putArray("rows"), m.rows());
        } else if (call instanceof Outgoing.Edit e) {
            o.put("type", "edit").put("chatKind", e.chatKind().name()).put("messageId", e.messageId())
                    .put("text", e.text()).put("plain", e.plain());
            rows(o.putArray("rows"), e.rows());
        } else if (call instanceof Outgoing.CallbackAnswer a) {
            o.put("type", "callback").put("callbackId", a.callbackId()).put("text", a.text());
        } else {
            Outgoing.InlineAnswer a = (Outgoing.InlineAnswer) call;
            o.put("type", "inline").put("queryId", a.queryId()).put("cacheSeconds", a.cacheSeconds()).put("personal", a.personal());
            ArrayNode results = o.putArray("results");
            for (Outgoing.Article r : a.results()) {
                ObjectNode x = results.addObject().put("id", r.id()).put("title", r.title()).put("description", r.description())
                        .put("text", r.text()).put("plain", r.plain());
                rows(x.putArray("rows"), r.rows());
            }
        }
        return o.toString();
    }

    /** The call, or empty when the payload is not one we wrote (a damaged or hand-edited row). */
    static Optional<Outgoing> decode(String payload) {
        try {
            JsonNode o = JSON.readTree(payload);
            long updateId = o.path("updateId").asLong();
            long chatId = o.path("chatId").asLong();
            return Optional.of(switch (o.path("type").asText()) {
                case "callback" -> new Outgoing.CallbackAnswer(updateId, chatId, text(o, "callbackId"), o.path("text").asText(""));
                case "edit" -> new Outgoing.Edit(updateId, chatId, ChatKind.valueOf(text(o, "chatKind")), o.path("messageId").asInt(),
                        text(o, "text"), text(o, "plain"), rows(o.path("rows")));
                case "inline" -> new Outgoing.InlineAnswer(updateId, text(o, "queryId"), articles(o.path("results")),
                        o.path("cacheSeconds").asInt(), o.path("personal").asBoolean());
                case "message" -> message(o, updateId, chatId);
                default -> throw new IllegalArgumentException("unknown call type " + o.path("type"));
            });
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Outgoing.Message message(JsonNode o, long updateId, long chatId) {
        ChatKind kind = ChatKind.valueOf(text(o, "chatKind"));
        String text = text(o, "text");
        if (!o.has("rows")) {
            // Written before messages had HTML: plain text, one button a row.
            List<Outgoing.Button> buttons = new ArrayList<>();
            for (JsonNode b : o.path("buttons")) {
                buttons.add(new Outgoing.Button(text(b, "label"), text(b, "data")));
            }
            return new Outgoing.Message(updateId, chatId, kind, text, o.path("replyTo").asInt(), o.path("threadId").asInt(), buttons);
        }
        return new Outgoing.Message(updateId, chatId, kind, text, o.path("html").asBoolean(), text(o, "plain"),
                o.path("replyTo").asInt(), o.path("threadId").asInt(), rows(o.path("rows")));
    }

    private static List<Outgoing.Article> articles(JsonNode results) {
        List<Outgoing.Article> out = new ArrayList<>();
        for (JsonNode r : results) {
            out.add(new Outgoing.Article(text(r, "id"), text(r, "title"), text(r, "description"), text(r, "text"), text(r, "plain"),
                    rows(r.path("rows"))));
        }
        return out;
    }

    private static void rows(ArrayNode out, List<List<Outgoing.Button>> rows) {
        for (List<Outgoing.Button> row : rows) {
            ArrayNode r = out.addArray();
            row.forEach(b -> r.addObject().put("label", b.label()).put("data", b.data()).put("url", b.url()));
        }
    }

    private static List<List<Outgoing.Button>> rows(JsonNode rows) {
        List<List<Outgoing.Button>> out = new ArrayList<>();
        for (JsonNode row : rows) {
            List<Outgoing.Button> r = new ArrayList<>();
            for (JsonNode b : row) {
                r.add(new Outgoing.Button(text(b, "label"), text(b, "data"), b.path("url").asBoolean()));
            }
            out.add(r);
        }
        return out;
    }

    /** A field that must be there: a row missing it was not written by us and is given up rather than sent wrong. */
    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v.asText();
    }
}
