package faqbot.telegram;

import faqbot.telegram.send.Outgoing;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Builds the library's request objects from our calls, in HTML or as the plain-text fallback, so
 * {@link BotApi} holds only what to do when Telegram says no.
 */
final class Requests {
    private Requests() {
    }

    /** A sendMessage; {@code threadId} 0 sends to no forum topic (the fallback when Telegram cannot find it). */
    static SendMessage message(Outgoing.Message m, boolean html, int threadId) {
        SendMessage send = new SendMessage(Long.toString(m.chatId()), html ? m.text() : m.plain());
        if (html) {
            send.setParseMode(ParseMode.HTML);
        }
        if (m.replyTo() != 0) {
            // If the question was deleted meanwhile, still answer rather than fail.
            send.setReplyParameters(ReplyParameters.builder().messageId(m.replyTo()).allowSendingWithoutReply(true).build());
        }
        if (threadId != 0) {
            send.setMessageThreadId(threadId);
        }
        if (!m.rows().isEmpty()) {
            send.setReplyMarkup(keyboard(m.rows()));
        }
        return send;
    }

    static EditMessageText edit(Outgoing.Edit e, boolean html) {
        EditMessageText edit = EditMessageText.builder().text(html ? e.text() : e.plain()).chatId(Long.toString(e.chatId())).build();
        edit.setMessageId(e.messageId());
        if (html) {
            edit.setParseMode(ParseMode.HTML);
        }
        edit.setReplyMarkup(keyboard(e.rows()));
        return edit;
    }

    static AnswerInlineQuery inline(Outgoing.InlineAnswer a, boolean html) {
        List<InlineQueryResult> results = new ArrayList<>();
        for (Outgoing.Article r : a.results()) {
            InputTextMessageContent content = new InputTextMessageContent(html ? r.text() : r.plain());
            if (html) {
                content.setParseMode(ParseMode.HTML);
            }
            InlineQueryResultArticle article = new InlineQueryResultArticle(r.id(), r.title(), content);
            article.setDescription(r.description());
            if (!r.rows().isEmpty()) {
                article.setReplyMarkup(keyboard(r.rows()));
            }
            results.add(article);
        }
        AnswerInlineQuery answer = new AnswerInlineQuery(a.queryId(), results);
        answer.setCacheTime(a.cacheSeconds());
        answer.setIsPersonal(a.personal());
        return answer;
    }

    static InlineKeyboardMarkup keyboard(List<List<Outgoing.Button>> rows) {
        List<InlineKeyboardRow> out = new ArrayList<>();
        for (List<Outgoing.Button> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (Outgoing.Button b : row) {
                InlineKeyboardButton button = new InlineKeyboardButton(b.label());
                if (b.url()) {
                    button.setUrl(b.data());
                } else {
                    button.setCallbackData(b.data());
                }
                r.add(button);
            }
            out.add(r);
        }
        return new InlineKeyboardMarkup(out);
    }
}
