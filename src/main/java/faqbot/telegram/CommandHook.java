package faqbot.telegram;

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
    CommandHook NONE = (command, origin, lang) -> Optional.empty();

    /**
     * The reply to the command, or empty when this hook does not know it.
     *
     * @param command e.g. {@code /lang@faq_bot ko}
     * @param origin  where and from whom
     * @param lang    the sender's language
     */
    Optional<Reply> handle(Command command, Inbound.Origin origin, Lang lang);
}
