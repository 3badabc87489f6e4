package faqbot.telegram.send;

import faqbot.core.ChatKind;
import faqbot.telegram.format.HtmlSplitter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One call the send queue must make for an update, kept free of library types so the decision logic is testable. */
public sealed interface Outgoing {
    /** The update this call answers, e.g. 815 (for logs and the exactly-once checks). */
    long updateId();

    /** The chat whose pace it follows; 0 for calls that belong to no chat. */
    long chatId();

    /**
     * The kind of chat whose pace this call follows, in order after the chat's earlier calls
     * (messages and edits); empty for calls Telegram does not count against a chat (acknowledgements, inline answers).
     */
    default Optional<ChatKind> pace() {
        return Optional.empty();
    }

    /** What the call is, for log lines, e.g. "message". */
    String what();

    /**
     * A button under a message: a callback button, or a link when {@code url} is set.
     *
     * @param label shown text, e.g. "Is it legal?"
     * @param data  callback data, at most 64 bytes, e.g. "en:legality"; for a link, the URL, e.g. "https://t.me/faq_bot?start=help"
     * @param url   whether {@code data} is a URL to open rather than data to send back
     */
    record Button(String label, String data, boolean url) {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(data, "data");
        }

        public Button(String label, String data) {
            this(label, data, false);
        }
    }

    /**
     * A text message.
     *
     * @param chatKind  for the group pacing
     * @param text      what to send: HTML when {@code html}, else plain text; ends with the warnings
     * @param html      whether {@code text} is in HTML parse mode
     * @param plain     the same message as plain text, at most 4,096 characters: what Telegram counts, and the fallback
     *                  when Telegram refuses the HTML
     * @param replyTo   message to thread under, 0 for none
     * @param threadId  forum topic, 0 for none
     * @param rows      inline keyboard rows
     */
    record Message(long updateId, long chatId, ChatKind chatKind, String text, boolean html, String plain, int replyTo, int threadId,
                   List<List<Button>> rows) implements Outgoing {
        public Message {
            Objects.requireNonNull(chatKind, "chatKind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(plain, "plain");
            rows = rows.stream().map(List::copyOf).toList();
            if (text.isEmpty() || plain.isEmpty() || plain.length() > HtmlSplitter.TELEGRAM_LIMIT) {
                throw new IllegalArgumentException("text must have 1 to 4096 characters, has " + plain.length());
            }
        }

        /** A plain-text message with its buttons one a row. */
        public Message(long updateId, long chatId, ChatKind chatKind, String text, int replyTo, int threadId, List<Button> buttons) {
            this(updateId, chatId, chatKind, text, false, text, replyTo, threadId, buttons.stream().map(List::of).toList());
        }

        @Override
        public Optional<ChatKind> pace() {
            return Optional.of(chatKind);
        }

        @Override
        public String what() {
            return "message";
        }

        /** The buttons, row by row. */
        public List<Button> buttons() {
            return rows.stream().flatMap(List::stream).toList();
        }
    }

    /**
     * A message of the bot's replaced in place (a button pressed in a private chat), in HTML.
     *
     * @param messageId the bot's message to edit, e.g. 512
     * @param text      the new HTML text
     * @param plain     the same as plain text, the fallback when Telegram refuses the HTML
     * @param rows      the new inline keyboard
     */
    record Edit(long updateId, long chatId, ChatKind chatKind, int messageId, String text, String plain, List<List<Button>> rows)
            implements Outgoing {
        public Edit {
            Objects.requireNonNull(chatKind, "chatKind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(plain, "plain");
            rows = rows.stream().map(List::copyOf).toList();
            if (plain.isEmpty() || plain.length() > HtmlSplitter.TELEGRAM_LIMIT) {
                throw new IllegalArgumentException("text must have 1 to 4096 characters, has " + plain.length());
            }
        }

        @Override
        public Optional<ChatKind> pace() {
            return Optional.of(chatKind);
        }

        @Override
        public String what() {
            return "edit";
        }
    }

    /**
     * The acknowledgement Telegram expects for a button press (stops the client's spinner).
     *
     * @param callbackId e.g. "4382bfdwdsb323b2d9"
     * @param text       a short notice shown to the presser, e.g. "Thanks!"; empty for none
     */
    record CallbackAnswer(long updateId, long chatId, String callbackId, String text) implements Outgoing {
        public CallbackAnswer {
            Objects.requireNonNull(callbackId, "callbackId");
            Objects.requireNonNull(text, "text");
        }

        public CallbackAnswer(long updateId, long chatId, String callbackId) {
            this(updateId, chatId, callbackId, "");
        }

        @Override
        public String what() {
            return "callback answer";
        }
    }

    /**
     * The answer to an inline query: articles whose message is the full answer with the warnings.
     *
     * @param queryId      e.g. "9183749"
     * @param results      at most 50 (Telegram's limit), in order
     * @param cacheSeconds how long Telegram may reuse them
     * @param personal     whether they depend on who asked
     */
    record InlineAnswer(long updateId, String queryId, List<Article> results, int cacheSeconds, boolean personal) implements Outgoing {
        public InlineAnswer {
            Objects.requireNonNull(queryId, "queryId");
            results = List.copyOf(results);
        }

        @Override
        public long chatId() {
            return 0;
        }

        @Override
        public String what() {
            return "inline answer";
        }
    }

    /**
     * One inline result.
     *
     * @param id          unique in the answer, at most 64 bytes, e.g. "fees:en"
     * @param title       e.g. "What does cashing out cost?"
     * @param description e.g. "Much more than it looks…"
     * @param text        the message posted when picked, HTML
     * @param plain       the same as plain text, the fallback when Telegram refuses the HTML
     * @param rows        buttons under the posted message (links only: a callback could not reach this bot's chat)
     */
    record Article(String id, String title, String description, String text, String plain, List<List<Button>> rows) {
        public Article {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(plain, "plain");
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
