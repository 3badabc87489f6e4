package faqbot.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The updates a test makes "happen" in Telegram (a private question, a group message, a reply, a
 * sticker, a button press), built as Telegram sends them, so {@link FakeBotApi} holds only what the
 * server does with them.
 */
public abstract class FakeUpdates extends LoopbackBotApi {
    /** Telegram's GroupAnonymousBot, the sender of messages an anonymous admin posts as the group. */
    public static final long ANONYMOUS_ADMIN_BOT_ID = 1087968824L;

    protected FakeUpdates(String token, int port, String threadName) throws IOException {
        super(token, port, threadName);
    }

    /** Queues an update built by the caller ("update_id" is filled in); returns its id. */
    public abstract int push(ObjectNode update);

    /** A private text message from a user; returns the update id. */
    public int privateText(long userId, String languageCode, String text) {
        return push(update("message", message(chat(userId, "private"), user(userId, languageCode, false), text)));
    }

    /** A group message; returns the message object pushed, so tests can read its message_id. */
    public ObjectNode groupText(long chatId, long userId, String text) {
        ObjectNode m = message(chat(chatId, "supergroup"), user(userId, "en", false), text);
        push(update("message", m));
        return m;
    }

    /** A group message an anonymous admin posted as the group itself (from GroupAnonymousBot, sender_chat = the group). */
    public ObjectNode groupTextAsGroup(long chatId, String text) {
        ObjectNode m = message(chat(chatId, "supergroup"), user(ANONYMOUS_ADMIN_BOT_ID, null, true), text);
        m.set("sender_chat", chat(chatId, "supergroup"));
        push(update("message", m));
        return m;
    }

    /** A group message replying to one of the bot's messages. */
    public ObjectNode groupReplyToBot(long chatId, long userId, String text, int botMessageId) {
        ObjectNode m = message(chat(chatId, "supergroup"), user(userId, "en", false), text);
        ObjectNode replied = message(chat(chatId, "supergroup"), user(BOT_ID, null, true), "earlier answer");
        replied.put("message_id", botMessageId);
        m.set("reply_to_message", replied);
        push(update("message", m));
        return m;
    }

    public int sticker(long chatId, String type, long userId) {
        ObjectNode m = message(chat(chatId, type), user(userId, "en", false), null);
        m.set("sticker", json.createObjectNode().put("file_id", "CAAC").put("file_unique_id", "u1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
        return push(update("message", m));
    }

    /** A button press on a message the bot sent in a private chat. */
    public int press(long userId, String languageCode, int botMessageId, String data) {
        ObjectNode held = message(chat(userId, "private"), user(BOT_ID, null, true), "earlier answer");
        held.put("message_id", botMessageId);
        ObjectNode q = json.createObjectNode().put("id", "cb-" + botMessageId + "-" + data).put("chat_instance", "ci").put("data", data);
        q.set("from", user(userId, languageCode, false));
        q.set("message", held);
        return push(update("callback_query", q));
    }
}
