package faqbot.chat;

import faqbot.core.ChatKind;
import faqbot.inline.InlineAnswer;
import faqbot.reply.Reply;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the conversation decided for one inbound event, free of any front end's types, so Telegram
 * renders it into Bot API calls and the terminal prints it, and every rule is tested without either.
 *
 * @param posts    replies to send, in order; empty when the event is ignored
 * @param ack      the button press to acknowledge first (Telegram stops the client's spinner), when there was one
 * @param chatKind where the event came from, for the log, e.g. "group"; "-" when no chat
 * @param outcome  short reason for the log, e.g. "answer", "fallback", "ignored: not addressed"
 * @param entryId  the entry answered, when one was
 * @param score    the match score, 0 when no matching was involved
 * @param inline   the results for an inline query, when the event was one
 */
public record Decision(List<Post> posts, Optional<Ack> ack, String chatKind, String outcome, Optional<String> entryId, double score,
                       Optional<Inline> inline) {
    public Decision {
        posts = List.copyOf(posts);
        Objects.requireNonNull(ack, "ack");
        Objects.requireNonNull(chatKind, "chatKind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(inline, "inline");
    }

    public Decision(List<Post> posts, Optional<Ack> ack, String chatKind, String outcome, Optional<String> entryId, double score) {
        this(posts, ack, chatKind, outcome, entryId, score, Optional.empty());
    }

    /**
     * One reply to send.
     *
     * @param chatId       e.g. -1001234567890
     * @param chatKind     for the front end's pacing, e.g. SUPERGROUP
     * @param reply        body, warnings and buttons, in one language
     * @param replyTo      message to thread under, 0 for none
     * @param threadId     forum topic, 0 for none
     * @param edit         the bot's own message to replace with this reply (a button pressed in a private chat), 0 to send a new one
     * @param feedback     whether to offer "was this helpful?" under it
     * @param morePrivate  where a "more in private chat" link should open, e.g. "help"; empty for no link
     */
    public record Post(long chatId, ChatKind chatKind, Reply reply, int replyTo, int threadId, int edit, boolean feedback,
                       Optional<String> morePrivate) {
        public Post {
            Objects.requireNonNull(chatKind, "chatKind");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(morePrivate, "morePrivate");
        }

        /** A new message with no extras. */
        public Post(long chatId, ChatKind chatKind, Reply reply, int replyTo, int threadId) {
            this(chatId, chatKind, reply, replyTo, threadId, 0, false, Optional.empty());
        }
    }

    /**
     * A pressed button to acknowledge.
     *
     * @param chatId     the chat the button was in, 0 when Telegram did not say
     * @param callbackId e.g. "4382bfdwdsb323b2d9"
     * @param notice     a short line shown to the presser, e.g. "Thanks!"; empty for none
     */
    public record Ack(long chatId, String callbackId, String notice) {
        public Ack {
            Objects.requireNonNull(callbackId, "callbackId");
            Objects.requireNonNull(notice, "notice");
        }

        public Ack(long chatId, String callbackId) {
            this(chatId, callbackId, "");
        }
    }

    /**
     * The answer to an inline query.
     *
     * @param queryId e.g. "9183749"
     * @param answer  the results and their caching
     */
    public record Inline(String queryId, InlineAnswer answer) {
        public Inline {
            Objects.requireNonNull(queryId, "queryId");
            Objects.requireNonNull(answer, "answer");
        }
    }

    static Decision ignored(String chatKind, String reason) {
        return new Decision(List.of(), Optional.empty(), chatKind, "ignored: " + reason, Optional.empty(), 0);
    }

    /** This decision with the button press acknowledged first. */
    Decision acknowledging(Ack a) {
        return new Decision(posts, Optional.of(a), chatKind, outcome, entryId, score, inline);
    }
}
