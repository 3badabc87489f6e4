package faqbot.chat;

import java.util.Objects;

/** What a message asks of the bot once the addressing rules have been applied; {@link Ignore} means stay silent. */
public sealed interface Intent {
    /** A question for the matcher, mention and command already removed, e.g. "is it legal?". */
    record Ask(String question) implements Intent {
        public Ask {
            Objects.requireNonNull(question, "question");
        }
    }

    /** {@code /start}: greeting and topics. */
    record Start() implements Intent {
    }

    /** {@code /help}, or a bare mention with no question. */
    record Help() implements Intent {
    }

    /** {@code /topics}: the topics as buttons. */
    record Topics() implements Intent {
    }

    /**
     * Any other command that is not for another bot, e.g. {@code /fees} or (later) {@code /settings}.
     *
     * @param command the parsed command
     * @param bare    whether it came without {@code @username} in a group, where it may belong to another bot
     */
    record Other(Command command, boolean bare) implements Intent {
        public Other {
            Objects.requireNonNull(command, "command");
        }
    }

    /**
     * Nothing to say.
     *
     * @param reason for debugging, e.g. "not addressed"
     */
    record Ignore(String reason) implements Intent {
        public Ignore {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
