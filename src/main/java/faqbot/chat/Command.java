package faqbot.chat;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command at the start of a message, parsed from the text itself because the library's
 * {@code getCommand()} stays empty until {@code getEntities()} has run.
 *
 * @param name   the command without slash or target, lower case, e.g. "ask"
 * @param target the bot it is addressed to, without '@', e.g. "faq_helper_bot"; empty when none
 * @param args   the rest of the text, stripped, e.g. "is it legal?"
 */
public record Command(String name, String target, String args) {
    // Telegram commands: up to 32 letters, digits and underscores; usernames: letters, digits, underscores.
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=$|\\s)(.*)$", Pattern.DOTALL);

    public Command {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(args, "args");
    }

    /** The command the text starts with, or empty when it does not start with one. */
    public static Optional<Command> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = COMMAND.matcher(text.stripLeading());
        if (!m.matches()) {
            return Optional.empty();
        }
        String target = m.group(2) == null ? "" : m.group(2);
        return Optional.of(new Command(m.group(1).toLowerCase(Locale.ROOT), target, m.group(3).strip()));
    }

    /** Whether the command names a bot explicitly, e.g. {@code /help@otherbot}. */
    public boolean hasTarget() {
        return !target.isEmpty();
    }

    /** Whether it is addressed to the bot with this username (usernames are case-insensitive). */
    public boolean isFor(String botUsername) {
        return target.equalsIgnoreCase(botUsername);
    }
}
