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

/** Turns a call into the outbox's payload and back, so a reply written before a crash can be sent after it. */
final class OutgoingCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutgoingCodec() {
    }

    static String encode(Outgoing call) {
        ObjectNode o = JSON.createObjectNode();
        o.put("updateId", call.updateId()).put("chatId", call.chatId());
        if (call instanceof Outgoing.Message m) {
            o.put("type", "message").put("chatKind", m.chatKind().name()).put("text", m.text())
                    .put("replyTo", m.replyTo()).put("threadId", m.threadId());
            ArrayNode buttons = o.putArray("buttons");
            m.buttons().forEach(b -> buttons.addObject().put("label", b.label()).put("data", b.data()));
        } else {
            o.put("type", "callback").put("callbackId", ((Outgoing.CallbackAnswer) call).callbackId());
        }
        return o.toString();
    }

    /** The call, or empty when the payload is not one we wrote (a damaged or hand-edited row). */
    static Optional<Outgoing> decode(String payload) {
        try {
            JsonNode o = JSON.readTree(payload);
            long updateId = o.path("updateId").asLong();
            long chatId = o.path("chatId").asLong();
            if ("callback".equals(o.path("type").asText())) {
                return Optional.of(new Outgoing.CallbackAnswer(updateId, chatId, o.path("callbackId").asText()));
            }
            List<Outgoing.Button> buttons = new ArrayList<>();
            for (JsonNode b : o.path("buttons")) {
                buttons.add(new Outgoing.Button(b.path("label").asText(), b.path("data").asText()));
            }
            return Optional.of(new Outgoing.Message(updateId, chatId, ChatKind.valueOf(o.path("chatKind").asText()),
                    o.path("text").asText(), o.path("replyTo").asInt(), o.path("threadId").asInt(), buttons));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
