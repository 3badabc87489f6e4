package faqbot.chat;

import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.feedback.FeedbackCounter;
import faqbot.feedback.VoteData;
import faqbot.reply.Reply;
import faqbot.text.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a pressed button does: in a private chat it changes the message it is on (topic buttons
 * show the topic there, 👍 / 👎 thank the reader), in a group it answers with a threaded reply but
 * only once per topic and message, so a row of buttons cannot be used to flood a group.
 */
final class Presses {
    /** Group messages whose button answers are remembered; older ones may be answered again, which is harmless. */
    static final int MAX_REMEMBERED = 100_000;

    private final Conversation conversation;
    private final Engagement engagement;
    private final Set<Shown> shown = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Shown, Boolean> eldest) {
            return size() > MAX_REMEMBERED;
        }
    });

    private record Shown(long chatId, int messageId, String entryId) {
    }

    Presses(Conversation conversation, Engagement engagement) {
        this.conversation = conversation;
        this.engagement = engagement;
    }

    Decision press(Inbound.Press p, FaqBot core) {
        Inbound.Origin o = p.origin();
        Decision.Ack ack = new Decision.Ack(o.chatId(), p.callbackId());
        if (o.chatId() == 0 || o.kind() == ChatKind.CHANNEL) {
            return new Decision(List.of(), Optional.of(ack), o.kind().code(), "button without chat", Optional.empty(), 0);
        }
        Optional<VoteData> vote = VoteData.decode(p.data());
        if (vote.isPresent()) {
            return vote(p, vote.get(), core);
        }
        Lang lang = conversation.lang(o);
        Optional<Decision> limited = conversation.floodCheck(o, lang, o.messageId());
        if (limited.isPresent()) {
            return limited.get().acknowledging(ack);
        }
        Optional<ButtonData> data = ButtonData.decode(p.data());
        Reply reply = data.filter(d -> !d.entryId().equals(ButtonData.TOPICS)).map(d -> core.entry(d.entryId(), d.lang()))
                .orElseGet(() -> core.replies().topics(data.map(ButtonData::lang).orElse(lang)));
        if (o.kind() == ChatKind.PRIVATE) {
            Decision.Post post = new Decision.Post(o.chatId(), o.kind(), reply, 0, o.threadId(), o.messageId(),
                    engagement.feedback().isPresent() && Conversation.offersFeedback(o.kind(), reply), Optional.empty());
            return conversation.decided(o, post, "button").acknowledging(ack);
        }
        boolean first;
        synchronized (shown) {
            first = shown.add(new Shown(o.chatId(), o.messageId(), reply.entryId().orElse("")));
        }
        if (!first) {
            return new Decision(List.of(), Optional.of(ack), o.kind().code(), "button: already answered here", reply.entryId(), 0);
        }
        return conversation.decided(o, new Decision.Post(o.chatId(), o.kind(), reply, o.messageId(), o.threadId()), "button")
                .acknowledging(ack);
    }

    private Decision vote(Inbound.Press p, VoteData v, FaqBot core) {
        Inbound.Origin o = p.origin();
        Messages text = Messages.bundled();
        Optional<FeedbackCounter> counter = engagement.feedback();
        if (counter.isEmpty() || o.kind() != ChatKind.PRIVATE || o.messageId() == 0) {
            return new Decision(List.of(), Optional.of(new Decision.Ack(o.chatId(), p.callbackId())), o.kind().code(),
                    "vote: not taken", Optional.of(v.entryId()), 0);
        }
        if (!counter.get().press(o.chatId(), o.messageId(), v.entryId(), v.vote())) {
            return new Decision(List.of(), Optional.of(new Decision.Ack(o.chatId(), p.callbackId(), text.get(v.lang(), "feedback.counted"))),
                    o.kind().code(), "vote: already counted", Optional.of(v.entryId()), 0);
        }
        String thanks = text.get(v.lang(), "feedback.thanks");
        Reply shownAgain = core.entry(v.entryId(), v.lang());
        Reply thanked = new Reply(shownAgain.lang(), shownAgain.kind(), shownAgain.entryId(), 0, shownAgain.body() + "\n\n" + thanks,
                shownAgain.warnings(), shownAgain.buttons(), List.of());
        Decision.Post post = new Decision.Post(o.chatId(), o.kind(), thanked, 0, o.threadId(), o.messageId(), false, Optional.empty());
        return conversation.decided(o, post, "vote: " + v.vote().name().toLowerCase(java.util.Locale.ROOT))
                .acknowledging(new Decision.Ack(o.chatId(), p.callbackId(), thanks));
    }
}
