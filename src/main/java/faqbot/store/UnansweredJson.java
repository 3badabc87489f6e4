package faqbot.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.core.ChatKind;
import faqbot.faq.Lang;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;

/**
 * One unanswered-question record as one JSON object, the same in the state file and in the old
 * JSON-lines file, read strictly: anything with other keys or odd values is refused, never guessed at.
 */
final class UnansweredJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UnansweredJson() {
    }

    static ObjectNode toJson(UnansweredRecord r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("time", r.minute().toString());
        o.put("lang", r.lang().code());
        o.put("chat", r.chat().code());
        o.put("question", r.question());
        o.put("candidate", r.candidate().orElse(null));
        o.put("score", r.score());
        o.put("outcome", r.closeCall() ? "close_call" : "no_match");
        return o;
    }

    static Optional<UnansweredRecord> parse(String line) {
        try {
            JsonNode o = MAPPER.readTree(line);
            if (o == null || !o.isObject() || o.size() != UnansweredLog.KEYS.size()) {
                return Optional.empty();
            }
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                if (!UnansweredLog.KEYS.contains(it.next())) {
                    return Optional.empty();
                }
            }
            Optional<Lang> lang = Lang.fromCode(o.get("lang").asText(""));
            Optional<ChatKind> chat = chatKind(o.get("chat").asText(""));
            String outcome = o.get("outcome").asText("");
            JsonNode candidate = o.get("candidate");
            if (lang.isEmpty() || chat.isEmpty() || !o.get("question").isTextual() || !o.get("score").isNumber()
                    || !(candidate.isNull() || candidate.isTextual())
                    || !(outcome.equals("close_call") || outcome.equals("no_match"))) {
                return Optional.empty();
            }
            return Optional.of(new UnansweredRecord(Instant.parse(o.get("time").asText("")), lang.get(), chat.get(),
                    o.get("question").asText(), candidate.isNull() ? Optional.empty() : Optional.of(candidate.asText()),
                    o.get("score").asDouble(), outcome.equals("close_call")));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<ChatKind> chatKind(String code) {
        for (ChatKind k : ChatKind.values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
