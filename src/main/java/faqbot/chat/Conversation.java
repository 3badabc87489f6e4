package faqbot.chat;

import faqbot.core.Answer;
import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.match.Question;
import faqbot.inline.InlineAnswer;
import faqbot.inline.InlineAnswers;
import faqbot.inline.InlineResult;
import faqbot.reply.Reply;
import faqbot.reply.ReplyKind;
import faqbot.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one inbound event into a decision (what to reply, threaded where, or why not), applying the
 * chat rules (who is addressed, flood control, language, listen mode); the same for every front end,
 * with no HTTP, so every rule has a fast test.
 */
public final class Conversation {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final AtomicReference<FaqBot> bot;
    private final Addressing addressing;
    private final FloodGuard flood;
    private final AnswerListener listener;
    private final CommandHook commands;
    private final ChatPolicy policy;
    private final Engagement engagement;
    private final Presses presses;
    private final Greetings greetings;
    private final OtherBots otherBots = new OtherBots();

    /**
     * @param bot        the core, swapped whole on reload
     * @param addressing the rules for the bot's username
     * @param flood      per-user limits in groups
     * @param listener   told about every answered question
     * @param commands   extra commands, tried before the built-in fallbacks
     */
    public Conversation(AtomicReference<FaqBot> bot, Addressing addressing, FloodGuard flood, AnswerListener listener,
                        CommandHook commands) {
        this(bot, addressing, flood, listener, commands, ChatPolicy.DEFAULTS);
    }

    /**
     * @param policy the chats' stored choices: reply language and listen mode
     */
    public Conversation(AtomicReference<FaqBot> bot, Addressing addressing, FloodGuard flood, AnswerListener listener,
                        CommandHook commands, ChatPolicy policy) {
        this(bot, addressing, flood, listener, commands, policy, Engagement.NONE);
    }

    /**
     * @param engagement 👍 / 👎 votes and inline-choice counting
     */
    public Conversation(AtomicReference<FaqBot> bot, Addressing addressing, FloodGuard flood, AnswerListener listener,
                        CommandHook commands, ChatPolicy policy, Engagement engagement) {
        this.engagement = Objects.requireNonNull(engagement, "engagement");
        this.presses = new Presses(this, engagement);
        this.greetings = new Greetings(addressing, this);
        this.bot = Objects.requireNonNull(bot, "bot");
        this.addressing = Objects.requireNonNull(addressing, "addressing");
        this.flood = Objects.requireNonNull(flood, "flood");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The decision for one event; never throws for any content a user can send. */
    public Decision handle(Inbound in) {
        if (in instanceof Inbound.Text t) {
            return text(t);
        }
        if (in instanceof Inbound.NonText n) {
            return nonText(n);
        }
        if (in instanceof Inbound.Press p) {
            return presses.press(p, bot.get());
        }
        if (in instanceof Inbound.InlineQuery q) {
            InlineAnswer a = InlineAnswers.answer(bot.get(), q.query(), userLang(q.languageCode()));
            return new Decision(List.of(), Optional.empty(), "inline", a.matched() ? "inline answer" : "inline topics",
                    Optional.of(a.results().get(0).entryId()), 0, Optional.of(new Decision.Inline(q.queryId(), a)));
        }
        if (in instanceof Inbound.ChosenResult c) {
            Optional<String> entry = InlineResult.entryOf(c.resultId()).filter(id -> bot.get().faq().find(id).isPresent());
            entry.ifPresent(id -> {
                try {
                    engagement.inlineChosen().accept(id);
                } catch (RuntimeException e) {
                    LOG.warn("inline choice counter failed: {}", e.toString());
                }
            });
            return new Decision(List.of(), Optional.empty(), "inline", "inline result chosen", entry, 0);
        }
        return Decision.ignored("-", ((Inbound.Other) in).what());
    }

    /** The reply language when the text itself does not decide: Korean for a sender whose client is set to Korean, else English. */
    public static Lang userLang(Inbound.Origin o) {
        return userLang(o.languageCode());
    }

    private static Lang userLang(String languageCode) {
        return Lang.fromCode(languageCode).filter(l -> l == Lang.KO).orElse(Lang.EN);
    }

    /** Whether a reply in this kind of chat gets the 👍 / 👎 buttons: answers, in private chats, where they bother nobody else. */
    static boolean offersFeedback(ChatKind kind, Reply reply) {
        return kind == ChatKind.PRIVATE && reply.kind() == ReplyKind.ANSWER && reply.entryId().isPresent();
    }

    private Decision text(Inbound.Text t) {
        Inbound.Origin o = t.origin();
        String kind = o.kind().code();
        if (o.kind() == ChatKind.CHANNEL) {
            return Decision.ignored(kind, "channel");
        }
        Optional<Command> parsed = Command.parse(t.text());
        if (o.fromBot() || parsed.map(c -> c.hasTarget() && !c.isFor(addressing.botUsername())).orElse(false)) {
            if (o.kind().isGroup()) {
                otherBots.seen(o.chatId());
            }
            if (o.fromBot()) {
                return Decision.ignored(kind, "from a bot");
            }
        }
        Intent intent = addressing.intent(o.kind(), t.text(), t.replyToBot());
        if (intent instanceof Intent.Ignore ignore) {
            if (o.kind().isGroup() && ignore.reason().equals(Addressing.NOT_ADDRESSED)) {
                return listen(t);
            }
            return Decision.ignored(kind, ignore.reason());
        }
        boolean bare = o.kind().isGroup() && parsed.map(c -> !c.hasTarget()).orElse(false);
        // Without @botname a command in a group where another bot showed up may be that bot's: leave it, unless it replies to us.
        if (bare && !t.replyToBot() && otherBots.present(o.chatId())) {
            return Decision.ignored(kind, "command without @" + addressing.botUsername() + " where another bot is present");
        }
        // A bare command in a group that nobody here knows may belong to another bot: stay out, and do not count it.
        if (intent instanceof Intent.Other other && other.bare() && !commands.knows(other.command())) {
            return Decision.ignored(kind, "unknown command");
        }
        Optional<Lang> forced = policy.forcedLang(o.chatId());
        Lang lang = forced.orElse(userLang(o));
        FaqBot core = bot.get();
        Optional<Answer> asked = intent instanceof Intent.Ask a
                ? Optional.of(core.ask(new Question(a.question(), forced, lang))) : Optional.empty();
        // Commands count against the flood limit before they run, so a flood cannot make the bot change settings either.
        // A person in crisis is never rate-limited: the crisis lines matter more than the noise.
        // An admin's commands are exempt: asked only once the limit is hit (it may cost a getChatMember call), and then the
        // count starts afresh, so setting a group up never mutes its admin.
        if (!asked.map(Answer::urgent).orElse(false)) {
            Optional<Decision> limited = floodCheck(o, lang, o.messageId());
            if (limited.isPresent() && parsed.isPresent() && commands.exemptFromFlood(o)) {
                flood.forgive(o.chatId(), o.userId());
                limited = Optional.empty();
            }
            if (limited.isPresent()) {
                return limited.get();
            }
        }
        int replyTo = o.kind().isGroup() ? o.messageId() : 0;
        if (intent instanceof Intent.Other other) {
            Optional<Reply> custom = commands.handle(other.command(), o, lang);
            if (custom.isPresent()) {
                return handled(o, custom.get(), replyTo, "command");
            }
            if (other.bare()) {
                return Decision.ignored(kind, "unknown command");
            }
            // "/fees" in a private chat names a topic; anything else gets one line, and is no question for the unanswered log.
            String name = other.command().name().replace('_', '-');
            if (o.kind() == ChatKind.PRIVATE && core.faq().find(name).isPresent()) {
                Reply topic = core.entry(name, lang);
                return decided(o, post(o, topic, replyTo), "topic command");
            }
            return handled(o, core.replies().notice(lang, Messages.bundled().get(lang, "chat.unknownCommand")), replyTo, "unknown command");
        }
        if (intent instanceof Intent.Start || intent instanceof Intent.Help) {
            String args = parsed.map(Command::args).orElse("");
            return greetings.reply(o, intent instanceof Intent.Start, args, lang, core, replyTo, commands);
        }
        if (intent instanceof Intent.Topics) {
            return handled(o, core.replies().topics(lang), replyTo, null);
        }
        String question = ((Intent.Ask) intent).question();
        Answer answer = asked.orElseGet(() -> core.ask(new Question(question, forced, lang)));
        tell(new AnswerListener.Event(o.chatId(), o.kind(), answer));
        Decision.Post post = post(o, answer.reply(), replyTo);
        if (post.feedback()) {
            // So that a 👎 on this answer can tell the maintainers what was asked.
            engagement.feedback().ifPresent(f -> f.answered(o.chatId(), answer.reply().entryId().orElseThrow(), answer.reply().lang(), question));
        }
        return decided(o, post, null);
    }

    /**
     * A group message nobody addressed to the bot: silence, unless the group turned listen mode on and
     * the message is a question with a clear, strong match on a topic not answered here lately, or
     * matches an urgent entry (a person in crisis), which is answered whatever its shape, the cooldown
     * or the flood limit say.
     */
    private Decision listen(Inbound.Text t) {
        Inbound.Origin o = t.origin();
        String kind = o.kind().code();
        Optional<Listening> rules = policy.listening();
        if (rules.isEmpty() || !policy.of(o.chatId()).listens(o.threadId())) {
            return Decision.ignored(kind, Addressing.NOT_ADDRESSED);
        }
        Optional<Lang> forced = policy.forcedLang(o.chatId());
        Lang lang = forced.orElse(userLang(o));
        Answer answer = bot.get().ask(new Question(t.text(), forced, lang));
        if (answer.urgent()) {
            tell(new AnswerListener.Event(o.chatId(), o.kind(), answer, true));
            return handled(o, answer.reply(), o.messageId(), "listen answer: urgent");
        }
        if (!Listening.looksLikeQuestion(t.text())) {
            return Decision.ignored(kind, "listen: not a question");
        }
        // The entry and score go to the log line (never the text), so an operator can tune listenThreshold.
        if (!rules.get().strongEnough(answer.match())) {
            return new Decision(List.of(), Optional.empty(), kind, "ignored: listen: no clear match",
                    answer.match().topCandidate().map(c -> c.id()), answer.match().score());
        }
        String id = answer.match().id().orElseThrow();
        if (rules.get().coolingDown(o.chatId(), id)) {
            return new Decision(List.of(), Optional.empty(), kind, "ignored: listen: topic answered lately", Optional.of(id), answer.match().score());
        }
        // Nobody asked the bot, so a flooder gets no notice either: just silence.
        if (flood.check(o.chatId(), o.userId()) != FloodGuard.Verdict.ALLOW) {
            return Decision.ignored(kind, "listen: flood");
        }
        rules.get().answered(o.chatId(), id);
        tell(new AnswerListener.Event(o.chatId(), o.kind(), answer, true));
        return handled(o, answer.reply(), o.messageId(), "listen answer");
    }

    /** The language for the bot's own messages in this chat: the chat's forced language, else the user's. */
    Lang lang(Inbound.Origin o) {
        return policy.forcedLang(o.chatId()).orElse(userLang(o));
    }

    private Decision nonText(Inbound.NonText n) {
        Inbound.Origin o = n.origin();
        // In groups a sticker or photo is never addressed to the bot in a way it could answer.
        if (o.kind() != ChatKind.PRIVATE || o.fromBot()) {
            return Decision.ignored(o.kind().code(), "no text");
        }
        return handled(o, bot.get().replies().hint(lang(o)), 0, null);
    }

    /** In groups: empty to go on, or what to do instead of answering (one notice, then silence). */
    Optional<Decision> floodCheck(Inbound.Origin o, Lang lang, int replyTo) {
        if (!o.kind().isGroup()) {
            return Optional.empty();
        }
        return switch (flood.check(o.chatId(), o.userId())) {
            case ALLOW -> Optional.empty();
            case SILENT -> Optional.of(Decision.ignored(o.kind().code(), "flood"));
            case NOTICE -> Optional.of(handled(o, bot.get().replies().notice(lang, Messages.bundled().get(lang, "chat.flood")), replyTo, "flood notice"));
        };
    }

    Decision handled(Inbound.Origin o, Reply reply, int replyTo, String outcome) {
        return decided(o, new Decision.Post(o.chatId(), o.kind(), reply, replyTo, o.threadId()), outcome);
    }

    /** A new message in the asker's chat and topic, with the 👍 / 👎 buttons where they belong. */
    Decision.Post post(Inbound.Origin o, Reply reply, int replyTo) {
        return new Decision.Post(o.chatId(), o.kind(), reply, replyTo, o.threadId(), 0,
                engagement.feedback().isPresent() && offersFeedback(o.kind(), reply), Optional.empty());
    }

    Decision decided(Inbound.Origin o, Decision.Post post, String outcome) {
        Reply reply = post.reply();
        String what = outcome != null ? outcome : reply.kind().name().toLowerCase(Locale.ROOT);
        return new Decision(List.of(post), Optional.empty(), o.kind().code(), what, reply.entryId(), reply.score());
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
