package faqbot.chat;

import faqbot.core.ChatKind;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for when the bot speaks: everything in a private chat, in groups only when addressed
 * (mention, {@code /ask}, its own commands, a reply to it), never for another bot's command.
 */
public final class Addressing {
    /** The reason given for a group message nobody addressed to the bot: the one listen mode may still answer. */
    public static final String NOT_ADDRESSED = "not addressed";

    private final String botUsername;
    private final Pattern mention;

    /** @param botUsername the bot's username without '@', e.g. "faq_helper_bot", from getMe */
    public Addressing(String botUsername) {
        this.botUsername = Objects.requireNonNull(botUsername, "botUsername");
        // A mention ends where the username characters end: "@faqbot_x" is not "@faqbot".
        this.mention = botUsername.isBlank() ? null
                : Pattern.compile("(?<![A-Za-z0-9_])@" + Pattern.quote(botUsername) + "(?![A-Za-z0-9_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String botUsername() {
        return botUsername;
    }

    /**
     * Decides what a text message wants.
     *
     * @param kind       where it was sent
     * @param text       the message text as received
     * @param replyToBot whether it replies to one of the bot's own messages
     */
    public Intent intent(ChatKind kind, String text, boolean replyToBot) {
        if (kind == ChatKind.CHANNEL) {
            return new Intent.Ignore("channel");
        }
        String t = text == null ? "" : text;
        Optional<Command> command = Command.parse(t);
        if (command.isPresent()) {
            return command(kind, command.get());
        }
        boolean mentioned = mentions(t);
        if (kind.isGroup() && !mentioned && !replyToBot) {
            return new Intent.Ignore(NOT_ADDRESSED);
        }
        return ask(stripMention(t));
    }

    /** Whether the text mentions the bot's @username anywhere. */
    public boolean mentions(String text) {
        return mention != null && text != null && mention.matcher(text).find();
    }

    /** The text without the bot's @username, spaces tidied, e.g. "@bot is it legal?" becomes "is it legal?". */
    public String stripMention(String text) {
        if (mention == null || text == null) {
            return text == null ? "" : text.strip();
        }
        return mention.matcher(text).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip();
    }

    private Intent command(ChatKind kind, Command c) {
        if (c.hasTarget() && !c.isFor(botUsername)) {
            return new Intent.Ignore("command for another bot");
        }
        return switch (c.name()) {
            case "start" -> new Intent.Start();
            case "help" -> new Intent.Help();
            case "topics" -> new Intent.Topics();
            case "ask" -> ask(stripMention(c.args()));
            // Not one of the core commands: the handler decides (admin commands later, else ignore or ask).
            default -> new Intent.Other(c, kind.isGroup() && !c.hasTarget());
        };
    }

    private static Intent ask(String question) {
        return question.isBlank() ? new Intent.Help() : new Intent.Ask(question);
    }
}
