package faqbot.telegram;

import faqbot.chat.Inbound;
import faqbot.core.ChatKind;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Reduces the library's Update to an {@link Inbound}, the one place that knows the library's object model. */
final class UpdateMapper {
    private final long botId;

    /** @param botId the bot's own user id, from getMe, to recognise replies to it */
    UpdateMapper(long botId) {
        this.botId = botId;
    }

    Inbound map(Update u) {
        long id = u.getUpdateId() == null ? -1 : u.getUpdateId();
        if (u.hasMessage()) {
            Message m = u.getMessage();
            if (m.getChat() == null) {
                // Telegram always sends a chat; without one there is nobody to answer.
                return new Inbound.Other(id, "message without chat");
            }
            Inbound.Origin o = origin(m.getChat(), m, m.getFrom());
            if (m.getText() != null) {
                return new Inbound.Text(id, o, m.getText(), repliesToBot(m));
            }
            return new Inbound.NonText(id, o);
        }
        if (u.hasCallbackQuery()) {
            CallbackQuery q = u.getCallbackQuery();
            MaybeInaccessibleMessage held = q.getMessage();
            Inbound.Origin o;
            if (held != null && held.getChat() != null) {
                Message m = held instanceof Message msg ? msg : null;
                o = origin(held.getChat(), m, q.getFrom());
                if (m == null) {
                    o = new Inbound.Origin(o.chatId(), o.kind(), held.getMessageId() == null ? 0 : held.getMessageId(), 0,
                            o.userId(), o.fromBot(), o.languageCode());
                }
            } else {
                o = new Inbound.Origin(0, ChatKind.PRIVATE, 0, 0, userId(q.getFrom()), false, language(q.getFrom()));
            }
            return new Inbound.Press(id, q.getId() == null ? "" : q.getId(), o, q.getData());
        }
        if (u.hasInlineQuery()) {
            InlineQuery q = u.getInlineQuery();
            return new Inbound.InlineQuery(id, q.getId() == null ? "" : q.getId(), q.getQuery(), language(q.getFrom()));
        }
        if (u.hasChosenInlineQuery()) {
            return new Inbound.ChosenResult(id, u.getChosenInlineQuery().getResultId());
        }
        if (u.hasEditedMessage()) {
            return new Inbound.Other(id, "edited_message");
        }
        if (u.hasChannelPost()) {
            return new Inbound.Other(id, "channel_post");
        }
        return new Inbound.Other(id, "other update");
    }

    /** The origin of a message; {@code m} may be null for a button under a message Telegram no longer shows. */
    private Inbound.Origin origin(Chat chat, Message m, User from) {
        ChatKind kind = kind(chat.getType());
        long chatId = chat.getId() == null ? 0 : chat.getId();
        int messageId = m == null || m.getMessageId() == null ? 0 : m.getMessageId();
        // Only forum-topic messages carry a thread to answer in; other replies' thread ids must not be echoed.
        int threadId = m != null && Boolean.TRUE.equals(m.getIsTopicMessage()) && m.getMessageThreadId() != null
                ? m.getMessageThreadId() : 0;
        boolean fromBot = from != null && Boolean.TRUE.equals(from.getIsBot());
        // Anonymous group admins arrive as a bot (GroupAnonymousBot) sending on behalf of the group itself;
        // only a group's admins can do that, so it also counts as an admin for the settings commands.
        boolean asChat = m != null && m.getSenderChat() != null && m.getSenderChat().getId() != null
                && m.getSenderChat().getId() == chatId && kind.isGroup();
        if (asChat) {
            fromBot = false;
        }
        return new Inbound.Origin(chatId, kind, messageId, threadId, userId(from), fromBot, language(from), asChat);
    }

    private boolean repliesToBot(Message m) {
        Message r = m.getReplyToMessage();
        if (r == null || r.getFrom() == null || r.getFrom().getId() == null) {
            return false;
        }
        // In a forum every topic message "replies" to the topic's creation message: that is not addressing the bot.
        if (r.getForumTopicCreated() != null) {
            return false;
        }
        return r.getFrom().getId() == botId;
    }

    private static long userId(User u) {
        return u == null || u.getId() == null ? 0 : u.getId();
    }

    private static String language(User u) {
        return u == null || u.getLanguageCode() == null ? "" : u.getLanguageCode();
    }

    /** Telegram's chat type, e.g. "supergroup"; anything unknown is treated as a channel, which the bot ignores. */
    static ChatKind kind(String telegramType) {
        if (telegramType == null) {
            return ChatKind.CHANNEL;
        }
        return switch (telegramType.toLowerCase(java.util.Locale.ROOT)) {
            case "private" -> ChatKind.PRIVATE;
            case "group" -> ChatKind.GROUP;
            case "supergroup" -> ChatKind.SUPERGROUP;
            default -> ChatKind.CHANNEL;
        };
    }
}
