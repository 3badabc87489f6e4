package faqbot.chat;

import faqbot.core.ChatKind;
import java.util.Objects;

/** A message or button press from any front end, reduced to what the conversation decides on, so the rules are tested without a library or HTTP. */
public sealed interface Inbound {
    /** The front end's id for the event, e.g. Telegram's update id 815; the terminal counts its lines. */
    long updateId();

    /**
     * Where a message came from and who sent it.
     *
     * @param chatId       e.g. -1001234567890 for a supergroup
     * @param kind         private, group, ...
     * @param messageId    e.g. 42
     * @param threadId     forum topic id, 0 when none
     * @param userId       sender, 0 when unknown
     * @param fromBot      sent by a bot (anonymous group admins are not counted as bots)
     * @param languageCode the language the sender's client is set to, e.g. "ko", empty when unknown
     * @param asChat       sent on behalf of the chat itself (sender_chat is this chat): an anonymous group admin
     */
    record Origin(long chatId, ChatKind kind, int messageId, int threadId, long userId, boolean fromBot,
                  String languageCode, boolean asChat) {
        public Origin {
            Objects.requireNonNull(kind, "kind");
            languageCode = languageCode == null ? "" : languageCode;
        }

        /** A message from a person or bot in their own name. */
        public Origin(long chatId, ChatKind kind, int messageId, int threadId, long userId, boolean fromBot, String languageCode) {
            this(chatId, kind, messageId, threadId, userId, fromBot, languageCode, false);
        }
    }

    /**
     * A message with text.
     *
     * @param text       untrusted, e.g. "@faq_bot is it legal?"
     * @param replyToBot it replies to one of the bot's own messages
     */
    record Text(long updateId, Origin origin, String text, boolean replyToBot) implements Inbound {
        public Text {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A message without text: sticker, photo, voice, service message. */
    record NonText(long updateId, Origin origin) implements Inbound {
        public NonText {
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * An inline button pressed.
     *
     * @param callbackId to acknowledge, e.g. "4382bfdwdsb323b2d9"
     * @param origin     the message that carried the button (chat 0 when Telegram did not say) and the presser
     * @param data       the button's callback data, untrusted, e.g. "en:fees"
     */
    record Press(long updateId, String callbackId, Origin origin, String data) implements Inbound {
        public Press {
            Objects.requireNonNull(callbackId, "callbackId");
            Objects.requireNonNull(origin, "origin");
            data = data == null ? "" : data;
        }
    }

    /**
     * An inline query: someone typed "@bot ..." in any chat.
     *
     * @param queryId      to answer, e.g. "9183749"
     * @param query        the text after the username, untrusted, possibly empty, e.g. "수수료"
     * @param languageCode the person's Telegram language, e.g. "ko", empty when unknown
     */
    record InlineQuery(long updateId, String queryId, String query, String languageCode) implements Inbound {
        public InlineQuery {
            Objects.requireNonNull(queryId, "queryId");
            query = query == null ? "" : query;
            languageCode = languageCode == null ? "" : languageCode;
        }
    }

    /**
     * An inline result someone picked and posted (sent only when inline feedback is on in @BotFather).
     *
     * @param resultId the result's id as the bot gave it, untrusted, e.g. "fees:en"
     */
    record ChosenResult(long updateId, String resultId) implements Inbound {
        public ChosenResult {
            resultId = resultId == null ? "" : resultId;
        }
    }

    /**
     * Anything the bot does not act on.
     *
     * @param what e.g. "edited_message", "channel_post"
     */
    record Other(long updateId, String what) implements Inbound {
        public Other {
            Objects.requireNonNull(what, "what");
        }
    }
}
