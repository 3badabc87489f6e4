package faqbot.telegram;

import faqbot.core.Answer;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.match.Question;
import faqbot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one inbound update into the calls to make, applying the chat rules (who is addressed,
 * flood control, language, threading); pure logic, no HTTP, so every rule has a fast test.
 */
public final class Conversation {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final AtomicReference<FaqBot> bot;
    private final Addressing addressing;
    private final FloodGuard flood;
    private final AnswerListener listener;
    private final CommandHook commands;

    /**
     * @param bot        the core, swapped whole on reload
     * @param addressing the rules for the bot's username
     * @param flood      per-user limits in groups
     * @param listener   told about every answered question
     * @param commands   extra commands, tried before the built-in fallbacks
     */
    public Conversation(AtomicReference<FaqBot> bot, Addressing addressing, FloodGuard flood, AnswerListener listener,
                        CommandHook commands) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.addressing = Objects.requireNonNull(addressing, "addressing");
        this.flood = Objects.requireNonNull(flood, "flood");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.commands = Objects.requireNonNull(commands, "commands");
    }

    /** The calls to make for one update; never throws for any content a user can send. */
    public Handled handle(Inbound in) {
        if (in instanceof Inbound.Text t) {
            return text(t);
        }
        if (in instanceof Inbound.NonText n) {
            return nonText(n);
        }
        if (in instanceof Inbound.Press p) {
            return press(p);
        }
        return Handled.ignored("-", ((Inbound.Other) in).what());
    }

    /** The reply language when the text itself does not decide: Korean for a Korean Telegram, else English. */
    static Lang userLang(Inbound.Origin o) {
        return Lang.fromCode(o.languageCode()).filter(l -> l == Lang.KO).orElse(Lang.EN);
    }

    private Handled text(Inbound.Text t) {
        Inbound.Origin o = t.origin();
        String kind = o.kind().code();
        if (o.kind() == ChatKind.CHANNEL) {
            return Handled.ignored(kind, "channel");
        }
        if (o.fromBot()) {
            return Handled.ignored(kind, "from a bot");
        }
        Intent intent = addressing.intent(o.kind(), t.text(), t.replyToBot());
        if (intent instanceof Intent.Ignore ignore) {
            return Handled.ignored(kind, ignore.reason());
        }
        Lang lang = userLang(o);
        FaqBot core = bot.get();
        Optional<Reply> custom = Optional.empty();
        if (intent instanceof Intent.Other other) {
            custom = commands.handle(other.command(), o, lang);
            if (custom.isEmpty()) {
                if (other.bare()) {
                    return Handled.ignored(kind, "unknown command");
                }
                // An unknown command of ours: in a private chat the word may be a topic ("/fees"); in a group, help.
                Command c = other.command();
                intent = o.kind().isGroup() ? new Intent.Help() : new Intent.Ask((c.name() + " " + addressing.stripMention(c.args())).strip());
            }
        }
        Optional<Handled> limited = floodCheck(t.updateId(), o, lang, o.messageId());
        if (limited.isPresent()) {
            return limited.get();
        }
        int replyTo = o.kind().isGroup() ? o.messageId() : 0;
        if (custom.isPresent()) {
            return handled(t.updateId(), o, custom.get(), replyTo, "command");
        }
        if (intent instanceof Intent.Start) {
            return handled(t.updateId(), o, core.replies().start(lang, addressing.botUsername()), replyTo, null);
        }
        if (intent instanceof Intent.Help) {
            return handled(t.updateId(), o, core.replies().help(lang, addressing.botUsername()), replyTo, null);
        }
        if (intent instanceof Intent.Topics) {
            return handled(t.updateId(), o, core.replies().topics(lang), replyTo, null);
        }
        String question = ((Intent.Ask) intent).question();
        Answer answer = core.ask(new Question(question, Optional.empty(), lang));
        tell(new AnswerListener.Event(o.chatId(), o.kind(), answer));
        return handled(t.updateId(), o, answer.reply(), replyTo, null);
    }

    private Handled nonText(Inbound.NonText n) {
        Inbound.Origin o = n.origin();
        // In groups a sticker or photo is never addressed to the bot in a way it could answer.
        if (o.kind() != ChatKind.PRIVATE || o.fromBot()) {
            return Handled.ignored(o.kind().code(), "no text");
        }
        return handled(n.updateId(), o, bot.get().replies().hint(userLang(o)), 0, null);
    }

    private Handled press(Inbound.Press p) {
        Inbound.Origin o = p.origin();
        List<Outgoing> calls = new ArrayList<>();
        calls.add(new Outgoing.CallbackAnswer(p.updateId(), o.chatId(), p.callbackId()));
        if (o.chatId() == 0 || o.kind() == ChatKind.CHANNEL) {
            return new Handled(calls, o.kind().code(), "button without chat", Optional.empty(), 0);
        }
        Optional<Handled> limited = floodCheck(p.updateId(), o, userLang(o), o.messageId());
        if (limited.isPresent()) {
            calls.addAll(limited.get().calls());
            return new Handled(calls, limited.get().chatKind(), limited.get().outcome(), Optional.empty(), 0);
        }
        Optional<ButtonData> data = ButtonData.decode(p.data());
        FaqBot core = bot.get();
        Reply reply = data.map(d -> core.entry(d.entryId(), d.lang())).orElseGet(() -> core.replies().topics(userLang(o)));
        Handled h = handled(p.updateId(), o, reply, o.kind().isGroup() ? o.messageId() : 0, "button");
        calls.addAll(h.calls());
        return new Handled(calls, h.chatKind(), h.outcome(), h.entryId(), h.score());
    }

    /** In groups: empty to go on, or what to do instead of answering (one notice, then silence). */
    private Optional<Handled> floodCheck(long updateId, Inbound.Origin o, Lang lang, int replyTo) {
        if (!o.kind().isGroup()) {
            return Optional.empty();
        }
        return switch (flood.check(o.chatId(), o.userId())) {
            case ALLOW -> Optional.empty();
            case SILENT -> Optional.of(Handled.ignored(o.kind().code(), "flood"));
            case NOTICE -> Optional.of(handled(updateId, o, bot.get().replies().notice(lang, floodNotice(lang)), replyTo, "flood notice"));
        };
    }

    static String floodNotice(Lang lang) {
        return lang == Lang.KO
                ? "질문이 너무 많아 잠시 답하지 않을게요. 몇 분 뒤에 다시 물어보시거나, 저와 1:1 대화로 물어보세요."
                : "That is a lot of questions at once, so I will stay quiet for a few minutes. "
                  + "Ask again later, or ask me in a private chat.";
    }

    private Handled handled(long updateId, Inbound.Origin o, Reply reply, int replyTo, String outcome) {
        List<Outgoing.Button> buttons = new ArrayList<>();
        for (faqbot.reply.Button b : reply.buttons()) {
            new ButtonData(reply.lang(), b.entryId()).encode().ifPresent(d -> buttons.add(new Outgoing.Button(b.label(), d)));
        }
        List<String> parts = TextSplitter.parts(reply.body(), reply.warnings(), TextSplitter.TELEGRAM_LIMIT);
        List<Outgoing> calls = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            calls.add(new Outgoing.Message(updateId, o.chatId(), o.kind(), parts.get(i), replyTo, o.threadId(),
                    last ? buttons : List.of()));
        }
        String what = outcome != null ? outcome : reply.kind().name().toLowerCase(Locale.ROOT);
        return new Handled(calls, o.kind().code(), what, reply.entryId(), reply.score());
    }

    private void tell(AnswerListener.Event event) {
        try {
            listener.answered(event);
        } catch (RuntimeException e) {
            // Statistics must never cost a person their answer.
            LOG.warn("answer listener failed: {}", e.toString());
        }
    }
}
