package faqbot.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Updates for the fake Bot API beyond plain messages: group button presses, forum-topic messages,
 * inline queries and chosen inline results, kept apart so the fake itself stays readable.
 */
final class MoreUpdates {
    private MoreUpdates() {
    }

    /** A button press on a message the bot sent in a group. */
    static int groupPress(FakeBotApi api, long chatId, long userId, int botMessageId, String data) {
        ObjectNode held = api.message(api.chat(chatId, "supergroup"), api.user(FakeBotApi.BOT_ID, null, true), "earlier answer");
        held.put("message_id", botMessageId);
        ObjectNode q = api.json.createObjectNode().put("id", "cb-" + chatId + "-" + botMessageId + "-" + data)
                .put("chat_instance", "ci").put("data", data);
        q.set("from", api.user(userId, "en", false));
        q.set("message", held);
        return api.push(api.update("callback_query", q));
    }

    /** A message in a forum topic of a supergroup; {@code topic} false for a General-topic message with a thread id. */
    static ObjectNode forumText(FakeBotApi api, long chatId, long userId, int threadId, boolean topic, String text) {
        ObjectNode c = api.chat(chatId, "supergroup").put("is_forum", true);
        ObjectNode m = api.message(c, api.user(userId, "en", false), text);
        m.put("message_thread_id", threadId);
        if (topic) {
            m.put("is_topic_message", true);
        }
        api.push(api.update("message", m));
        return m;
    }

    /** An inline query ("@bot query" typed in any chat); returns the update id. */
    static int inlineQuery(FakeBotApi api, long userId, String languageCode, String queryId, String query) {
        ObjectNode q = api.json.createObjectNode().put("id", queryId).put("query", query).put("offset", "");
        q.set("from", api.user(userId, languageCode, false));
        return api.push(api.update("inline_query", q));
    }

    /** An inline result someone posted (Telegram sends these when inline feedback is on). */
    static int chosenInline(FakeBotApi api, long userId, String resultId, String query) {
        ObjectNode c = api.json.createObjectNode().put("result_id", resultId).put("query", query);
        c.set("from", api.user(userId, "en", false));
        return api.push(api.update("chosen_inline_result", c));
    }
}
