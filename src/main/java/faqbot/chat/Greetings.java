package faqbot.chat;

import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.reply.Reply;
import faqbot.reply.ReplyKind;
import faqbot.text.Messages;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * /start, /help and a bare mention: the full help in a private chat (with the admin commands), a
 * few lines and a "more in private chat" link in a group, where a long help is noise for everyone;
 * and deep links ({@code /start help}, {@code /start fees}) that open a place in the private chat.
 */
final class Greetings {
    /** What Telegram allows in a deep-link payload. */
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** The payload of the "more in private chat" link. */
    static final String HELP = "help";

    private final Addressing addressing;
    private final Conversation conversation;

    Greetings(Addressing addressing, Conversation conversation) {
        this.addressing = addressing;
        this.conversation = conversation;
    }

    Decision reply(Inbound.Origin o, boolean start, String args, Lang lang, FaqBot core, int replyTo, CommandHook commands) {
        String user = addressing.botUsername();
        if (o.kind().isGroup()) {
            String at = user.isBlank() ? "" : "@" + user;
            Reply shortHelp = new Reply(lang, ReplyKind.HELP, Optional.empty(), 0,
                    Messages.bundled().get(lang, "chat.help.group", at), core.replies().warnings(lang), java.util.List.of(), java.util.List.of());
            Decision.Post post = new Decision.Post(o.chatId(), o.kind(), shortHelp, replyTo, o.threadId(), 0, false,
                    user.isBlank() ? Optional.empty() : Optional.of(HELP));
            return conversation.decided(o, post, "group help");
        }
        String payload = PAYLOAD.matcher(args.strip()).matches() ? args.strip() : "";
        if (start && !payload.isEmpty() && !payload.equals(HELP) && core.faq().find(payload).isPresent()) {
            return conversation.decided(o, conversation.post(o, core.entry(payload, lang), replyTo), "deep link");
        }
        if (start && !payload.equals(HELP)) {
            return conversation.handled(o, core.replies().start(lang, user), replyTo, null);
        }
        Reply help = core.replies().help(lang, user);
        String extra = commands.helpLines(lang);
        if (!extra.isBlank()) {
            help = new Reply(help.lang(), help.kind(), help.entryId(), help.score(), help.body() + "\n\n" + extra, help.warnings(),
                    help.buttons(), help.alternatives());
        }
        return conversation.handled(o, help, replyTo, null);
    }
}
