package faqbot.telegram.send;

import faqbot.core.ChatKind;
import java.util.List;
import java.util.Objects;

/** One call the send queue must make for an update, kept free of library types so the decision logic is testable. */
public sealed interface Outgoing {
    /** The update this call answers, e.g. 815 (for logs and the exactly-once checks). */
    long updateId();

    /** The chat whose pace it follows; 0 for calls that belong to no chat. */
    long chatId();

    /**
     * A button under a message.
     *
     * @param label shown text, e.g. "Is it legal?"
     * @param data  callback data, at most 64 bytes, e.g. "en:legality"
     */
    record Button(String label, String data) {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * A text message.
     *
     * @param chatKind  for the group pacing
     * @param text      plain text, at most 4,096 characters, ending with the warnings
     * @param replyTo   message to thread under, 0 for none
     * @param threadId  forum topic, 0 for none
     * @param buttons   inline keyboard, one button a row
     */
    record Message(long updateId, long chatId, ChatKind chatKind, String text, int replyTo, int threadId,
                   List<Button> buttons) implements Outgoing {
        public Message {
            Objects.requireNonNull(chatKind, "chatKind");
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
            if (text.isEmpty() || text.length() > TextSplitter.TELEGRAM_LIMIT) {
                throw new IllegalArgumentException("text must have 1 to 4096 characters, has " + text.length());
            }
        }
    }

    /**
     * The acknowledgement Telegram expects for a button press (stops the client's spinner).
     *
     * @param callbackId e.g. "4382bfdwdsb323b2d9"
     */
    record CallbackAnswer(long updateId, long chatId, String callbackId) implements Outgoing {
        public CallbackAnswer {
            Objects.requireNonNull(callbackId, "callbackId");
        }
    }
}
