package faqbot.telegram;

import faqbot.chat.ButtonData;
import faqbot.chat.Decision;
import faqbot.core.ChatKind;
import faqbot.faq.Lang;
import faqbot.feedback.Vote;
import faqbot.feedback.VoteData;
import faqbot.inline.InlineResult;
import faqbot.reply.Reply;
import faqbot.reply.ReplyKind;
import faqbot.telegram.format.ButtonGrid;
import faqbot.telegram.format.DeepLinks;
import faqbot.telegram.format.HtmlSplitter;
import faqbot.telegram.format.RichReply;
import faqbot.telegram.send.Outgoing;
import faqbot.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the conversation's decision into the Bot API calls that carry it out, because Telegram's
 * own rules (HTML, 4,096 characters a message, 64 bytes of button data, keyboards) belong to the
 * edge, not the core.
 */
final class Renderer {
    private Renderer() {
    }

    /** The calls for one update when the bot's username is unknown (no deep links). */
    static List<Outgoing> calls(long updateId, Decision d) {
        return calls(updateId, d, "");
    }

    /** The calls for one update, in order: the button acknowledgement first, then each reply in parts. */
    static List<Outgoing> calls(long updateId, Decision d, String botUsername) {
        List<Outgoing> calls = new ArrayList<>();
        d.ack().ifPresent(a -> calls.add(new Outgoing.CallbackAnswer(updateId, a.chatId(), a.callbackId(), a.notice())));
        d.inline().ifPresent(i -> calls.add(inline(updateId, i, botUsername)));
        for (Decision.Post p : d.posts()) {
            List<List<Outgoing.Button>> rows = rows(p, botUsername);
            List<HtmlSplitter.Part> parts = HtmlSplitter.split(rich(p.reply()));
            int first = 0;
            if (p.edit() != 0) {
                // An edit replaces one message: the first part goes there, any further part follows as new messages.
                HtmlSplitter.Part part = parts.get(0);
                calls.add(new Outgoing.Edit(updateId, p.chatId(), p.chatKind(), p.edit(), part.html(), part.plain(),
                        parts.size() == 1 ? rows : List.of()));
                first = 1;
            }
            for (int i = first; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                calls.add(new Outgoing.Message(updateId, p.chatId(), p.chatKind(), parts.get(i).html(), true, parts.get(i).plain(),
                        p.replyTo(), p.threadId(), last ? rows : List.of()));
            }
        }
        return calls;
    }

    /** The reply's parts shown differently: an answer's first paragraph is its title (see ReplyComposer). */
    static RichReply rich(Reply r) {
        Optional<String> title = r.kind() == ReplyKind.ANSWER && r.entryId().isPresent()
                ? Optional.of(r.body().split("\n", 2)[0]) : Optional.empty();
        return RichReply.of(r.body(), title, r.warnings());
    }

    private static List<List<Outgoing.Button>> rows(Decision.Post p, String botUsername) {
        Reply reply = p.reply();
        Lang lang = reply.lang();
        List<Outgoing.Button> topics = new ArrayList<>();
        for (faqbot.reply.Button b : reply.buttons()) {
            new ButtonData(lang, b.entryId()).encode().ifPresent(data -> topics.add(new Outgoing.Button(b.label(), data)));
        }
        // Topic lists read best two to a row; an answer's few related topics keep one a row, where long titles fit.
        boolean list = reply.kind() == ReplyKind.TOPICS || reply.kind() == ReplyKind.START || reply.kind() == ReplyKind.FALLBACK;
        List<List<Outgoing.Button>> rows = new ArrayList<>(ButtonGrid.rows(topics, list ? ButtonGrid.TOPIC_COLUMNS : 1));
        Messages text = Messages.bundled();
        if (p.chatKind() == ChatKind.PRIVATE && reply.kind() == ReplyKind.ANSWER) {
            new ButtonData(lang, ButtonData.TOPICS).encode().ifPresent(data -> rows.add(List.of(new Outgoing.Button(text.get(lang, "chat.topicsButton"), data))));
        }
        if (p.feedback()) {
            String id = reply.entryId().orElse("");
            Optional<String> up = new VoteData(Vote.HELPFUL, lang, id).encode();
            Optional<String> down = new VoteData(Vote.UNHELPFUL, lang, id).encode();
            if (up.isPresent() && down.isPresent()) {
                rows.add(List.of(new Outgoing.Button(text.get(lang, "feedback.helpful"), up.get()),
                        new Outgoing.Button(text.get(lang, "feedback.unhelpful"), down.get())));
            }
        }
        p.morePrivate().flatMap(payload -> DeepLinks.url(botUsername, payload))
                .ifPresent(url -> rows.add(List.of(new Outgoing.Button(text.get(lang, "chat.morePrivate"), url, true))));
        return rows;
    }

    private static Outgoing.InlineAnswer inline(long updateId, Decision.Inline i, String botUsername) {
        List<Outgoing.Article> articles = new ArrayList<>();
        for (InlineResult r : i.answer().results()) {
            HtmlSplitter.Part part = HtmlSplitter.single(rich(r.reply()));
            // Posted in someone else's chat, a callback button could never reach this bot: only a link to the private chat.
            List<List<Outgoing.Button>> rows = DeepLinks.url(botUsername, r.entryId())
                    .map(url -> List.of(List.of(new Outgoing.Button(Messages.bundled().get(r.reply().lang(), "chat.morePrivate"), url, true))))
                    .orElse(List.of());
            articles.add(new Outgoing.Article(r.id(), r.title(), r.description(), part.html(), part.plain(), rows));
        }
        return new Outgoing.InlineAnswer(updateId, i.queryId(), articles, i.answer().cacheSeconds(), i.answer().personal());
    }
}
