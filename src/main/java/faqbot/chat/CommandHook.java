package faqbot.chat;

import faqbot.faq.Lang;
import faqbot.reply.Reply;
import java.util.Optional;

/**
 * Handles commands beyond /start, /help, /topics and /ask (group settings and admin commands
 * come this way), so adding them needs no change to the addressing rules.
 */
@FunctionalInterface
public interface CommandHook {
    /** Handles no command. */
    CommandHook NONE = new CommandHook() {
        @Override
        public Optional<Reply> handle(Command command, Inbound.Origin origin, Lang lang) {
            return Optional.empty();
        }

        @Override
        public boolean knows(Command command) {
            return false;
        }
    };

    /**
     * The reply to the command, or empty when this hook does not know it.
     *
     * @param command e.g. {@code /lang@faq_bot ko}
     * @param origin  where and from whom
     * @param lang    the sender's language
     */
    Optional<Reply> handle(Command command, Inbound.Origin origin, Lang lang);

    /**
     * Whether {@link #handle} may answer this command; a bare command in a group that no hook knows is
     * left to the other bots there without counting against the sender's flood limit.
     */
    default boolean knows(Command command) {
        return true;
    }

    /**
     * Whether this sender's commands skip the flood limit: the bot's admins and a group's admins, so
     * setting a group up never mutes them. May ask Telegram (cached), so only asked for commands.
     */
    default boolean exemptFromFlood(Inbound.Origin origin) {
        return false;
    }

    /** Lines appended to /help, e.g. the admin commands; empty for none. */
    default String helpLines(Lang lang) {
        return "";
    }
}
