package faqbot.telegram;

import faqbot.chat.ButtonData;
import faqbot.chat.Decision;
import faqbot.reply.Reply;
import faqbot.telegram.send.Outgoing;
import faqbot.telegram.send.TextSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the conversation's decision into the Bot API calls that carry it out, because Telegram's
 * own rules (4,096 characters a message, 64 bytes of button data) belong to the edge, not the core.
 */
final class Renderer {
    private Renderer() {
    }

    /** The calls for one update, in order: the button acknowledgement first, then each reply in parts. */
    static List<Outgoing> calls(long updateId, Decision d) {
        List<Outgoing> calls = new ArrayList<>();
        d.ack().ifPresent(a -> calls.add(new Outgoing.CallbackAnswer(updateId, a.chatId(), a.callbackId())));
        for (Decision.Post p : d.posts()) {
            Reply reply = p.reply();
            List<Outgoing.Button> buttons = new ArrayList<>();
            for (faqbot.reply.Button b : reply.buttons()) {
                new ButtonData(reply.lang(), b.entryId()).encode().ifPresent(data -> buttons.add(new Outgoing.Button(b.label(), data)));
            }
            List<String> parts = TextSplitter.parts(reply.body(), reply.warnings(), TextSplitter.TELEGRAM_LIMIT);
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                calls.add(new Outgoing.Message(updateId, p.chatId(), p.chatKind(), parts.get(i), p.replyTo(), p.threadId(),
                        last ? buttons : List.of()));
            }
        }
        return calls;
    }
}
