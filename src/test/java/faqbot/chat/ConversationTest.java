package faqbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.reply.Button;
import faqbot.reply.Reply;
import faqbot.testing.TestFaq;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The chat rules without HTTP: Inbound in, decisions out. */
class ConversationTest {
    private static final FaqBot CORE = TestFaq.bot();
    private final List<AnswerListener.Event> events = new ArrayList<>();
    private final Conversation conversation = new Conversation(new AtomicReference<>(CORE), new Addressing("faq_bot"),
            new FloodGuard(Clock.systemUTC()), events::add, CommandHook.NONE);

    private static Inbound.Origin origin(ChatKind kind, String lang) {
        return new Inbound.Origin(kind == ChatKind.PRIVATE ? 5 : -100, kind, 77, 0, 5, false, lang);
    }

    private static List<Decision.Post> messages(Decision h) {
        return h.posts();
    }

    @Test
    void answerCarriesWarningsRelatedButtonsAndNotifiesTheListener() {
        Decision h = conversation.handle(new Inbound.Text(1, origin(ChatKind.PRIVATE, "en"), "is it legal?", false));
        assertEquals(Optional.of("legality"), h.entryId());
        Decision.Post m = messages(h).get(0);
        assertTrue(m.reply().text().endsWith(CORE.replies().warnings(Lang.EN)));
        assertEquals(List.of(new Button("scams", "How do the scams work?")), m.reply().buttons());
        assertEquals(0, m.replyTo());
        assertEquals(1, events.size());
    }

    @Test
    void fallbackOffersTopicButtonsWithWarnings() {
        Decision h = conversation.handle(new Inbound.Text(1, origin(ChatKind.PRIVATE, "en"), "what is the weather", false));
        assertEquals("fallback", h.outcome());
        Decision.Post m = messages(h).get(0);
        assertTrue(m.reply().text().endsWith(CORE.replies().warnings(Lang.EN)));
        assertTrue(!m.reply().buttons().isEmpty());
    }

    @Test
    void groupAnswersAreThreadedUnderTheQuestion() {
        Decision h = conversation.handle(new Inbound.Text(1, origin(ChatKind.GROUP, "en"), "@faq_bot is it legal?", false));
        assertEquals(77, messages(h).get(0).replyTo());
    }

    @Test
    void messagesFromBotsAreIgnoredEvenWhenAddressed() {
        Inbound.Origin bot = new Inbound.Origin(-100, ChatKind.GROUP, 77, 0, 9, true, "en");
        assertTrue(conversation.handle(new Inbound.Text(1, bot, "@faq_bot is it legal?", false)).posts().isEmpty());
    }

    @Test
    void buttonPressIsAcknowledgedAndAnsweredInTheButtonsLanguage() {
        Decision h = conversation.handle(new Inbound.Press(3, "cb1", origin(ChatKind.PRIVATE, "en"), "ko:fees"));
        assertEquals(Optional.of(new Decision.Ack(5, "cb1")), h.ack());
        assertTrue(messages(h).get(0).reply().text().startsWith(CORE.entry("fees", Lang.KO).body()));
    }

    @Test
    void forgedButtonDataGetsTheTopicList() {
        Decision h = conversation.handle(new Inbound.Press(3, "cb1", origin(ChatKind.PRIVATE, "en"), "../../etc"));
        assertEquals("button", h.outcome());
        assertEquals(CORE.replies().topics(Lang.EN).text(), messages(h).get(0).reply().text());
    }

    @Test
    void nonTextGetsAHintOnlyInPrivate() {
        assertEquals("hint", conversation.handle(new Inbound.NonText(1, origin(ChatKind.PRIVATE, "ko"))).outcome());
        assertTrue(conversation.handle(new Inbound.NonText(1, origin(ChatKind.SUPERGROUP, "ko"))).posts().isEmpty());
    }

    @Test
    void unknownPrivateCommandIsTreatedAsAQuestion() {
        Decision h = conversation.handle(new Inbound.Text(1, origin(ChatKind.PRIVATE, "en"), "/fees", false));
        assertEquals(Optional.of("fees"), h.entryId());
    }

    @Test
    void commandHookAnswersItsCommandsWithWarnings() {
        CommandHook hook = (c, o, lang) -> c.name().equals("stats")
                ? Optional.of(CORE.replies().notice(lang, "42 questions")) : Optional.empty();
        Conversation withHook = new Conversation(new AtomicReference<>(CORE), new Addressing("faq_bot"),
                new FloodGuard(Clock.systemUTC()), AnswerListener.NONE, hook);
        Decision h = withHook.handle(new Inbound.Text(1, origin(ChatKind.GROUP, "en"), "/stats", false));
        assertTrue(messages(h).get(0).reply().text().startsWith("42 questions"));
        assertTrue(messages(h).get(0).reply().text().endsWith(CORE.replies().warnings(Lang.EN)));
        assertTrue(withHook.handle(new Inbound.Text(1, origin(ChatKind.GROUP, "en"), "/ban", false)).posts().isEmpty());
    }

    @Test
    void aSwappedCoreIsUsedForTheNextUpdate() {
        AtomicReference<FaqBot> ref = new AtomicReference<>(CORE);
        Conversation c = new Conversation(ref, new Addressing("faq_bot"), new FloodGuard(Clock.systemUTC()), AnswerListener.NONE, CommandHook.NONE);
        Reply before = CORE.replies().start(Lang.EN, "faq_bot");
        assertEquals(before.text(), messages(c.handle(new Inbound.Text(1, origin(ChatKind.PRIVATE, "en"), "/start", false))).get(0).reply().text());
        ref.set(TestFaq.bot());
        assertEquals(1, messages(c.handle(new Inbound.Text(2, origin(ChatKind.PRIVATE, "en"), "/start", false))).size());
    }
}
