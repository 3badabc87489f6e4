package faqbot.chat;

import faqbot.core.Answer;
import faqbot.core.ChatKind;
import java.util.Objects;

/**
 * Told about every question the bot answered, so statistics and the unanswered-questions log can
 * be added without touching the update handling. Called on the polling thread: keep it quick.
 */
@FunctionalInterface
public interface AnswerListener {
    /** Listens to nothing. */
    AnswerListener NONE = event -> { };

    void answered(Event event);

    /**
     * One answered question.
     *
     * @param chatId   e.g. -1001234567890
     * @param chatKind e.g. SUPERGROUP
     * @param answer   the match and the reply
     * @param listened answered in listen mode, without anyone addressing the bot (never logged as unanswered)
     */
    record Event(long chatId, ChatKind chatKind, Answer answer, boolean listened) {
        public Event {
            Objects.requireNonNull(chatKind, "chatKind");
            Objects.requireNonNull(answer, "answer");
        }

        /** A question someone addressed to the bot (or asked in a private chat). */
        public Event(long chatId, ChatKind chatKind, Answer answer) {
            this(chatId, chatKind, answer, false);
        }
    }
}
