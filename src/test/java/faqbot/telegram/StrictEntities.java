package faqbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.telegram.format.StrictTelegramHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the texts of a Bot API call that Telegram would parse as HTML, so every fake server checks them by one rule. */
final class StrictEntities {
    private StrictEntities() {
    }

    /**
     * For calls in HTML parse mode: checks every text strictly as Telegram would and, when all parse,
     * swaps each for the text a person reads (the HTML kept in "_html"); the reason when one does not.
     */
    static Optional<String> parse(String method, JsonNode body) {
        List<ObjectNode> texts = new ArrayList<>();
        String field = "text";
        if (method.equals("sendmessage") || method.equals("editmessagetext")) {
            texts.add((ObjectNode) body);
        } else if (method.equals("answerinlinequery")) {
            field = "message_text";
            for (JsonNode r : body.path("results")) {
                if (r.path("input_message_content") instanceof ObjectNode c) {
                    texts.add(c);
                }
            }
        }
        for (ObjectNode t : texts) {
            if (!t.path("parse_mode").asText("").equalsIgnoreCase("html")) {
                continue;
            }
            String html = t.path(field).asText();
            try {
                t.put(field, StrictTelegramHtml.parse(html)).put("_html", html);
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }
}
