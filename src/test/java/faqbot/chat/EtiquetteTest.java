package faqbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.feedback.FeedbackCounter;
import faqbot.feedback.MemoryFeedbackStore;
import faqbot.feedback.Tally;
import faqbot.reply.Reply;
import faqbot.testing.TestFaq;
import faqbot.text.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issue 12's chat rules without HTTP: short group help, unknown commands, other bots, admins and the flood guard, votes, inline. */
class EtiquetteTest {
    private static final FaqBot CORE = TestFaq.bot();
    private static final long GROUP = -100;
    private static final long ADMIN = 8;
    private final MemoryFeedbackStore votes = new MemoryFeedbackStore();
    private final List<String> chosen = new ArrayList<>();
    private final CommandHook adminsExempt = new CommandHook() {
        @Override
        public Optional<Reply> handle(Command command, Inbound.Origin origin, Lang lang) {
            return command.name().equals("settings") ? Optional.of(CORE.replies().notice(lang, "settings")) : Optional.empty();
        }

        @Override
        public boolean knows(Command command) {
            return command.name().equals("settings");
        }

        @Override
        public boolean exemptFromFlood(Inbound.Origin origin) {
            return origin.userId() == ADMIN;
        }
    };
    private final Conversation conversation = new Conversation(new AtomicReference<>(CORE), new Addressing("faq_bot"),
            new FloodGuard(Clock.systemUTC()), AnswerListener.NONE, adminsExempt, ChatPolicy.DEFAULTS,
            new Engagement(Optional.of(new FeedbackCounter(votes)), chosen::add));

    private static Inbound.Origin in(long chat, long user) {
        return new Inbound.Origin(chat, chat < 0 ? ChatKind.SUPERGROUP : ChatKind.PRIVATE, 77, 0, user, false, "en");
    }

    private Decision say(long chat, long user, String text) {
        return conversation.handle(new Inbound.Text(1, in(chat, user), text, false));
    }

    @Test
    void groupHelpIsShortAndPointsToThePrivateChat() {
        for (String text : List.of("/help", "/start", "@faq_bot", "/help@faq_bot")) {
            Decision.Post p = say(GROUP, 5, text).posts().get(0);
            assertEquals(Messages.bundled().get(Lang.EN, "chat.help.group", "@faq_bot"), p.reply().body(), text);
            assertEquals(Optional.of("help"), p.morePrivate());
        }
        Decision.Post full = say(5, 5, "/help").posts().get(0);
        assertEquals(Optional.empty(), full.morePrivate());
        assertTrue(full.reply().body().length() > say(GROUP, 5, "/help").posts().get(0).reply().body().length());
    }

    @Test
    void deepLinksOpenATopicOrTheFullHelp() {
        assertEquals(Optional.of("fees"), say(5, 5, "/start fees").entryId());
        assertEquals("help", say(5, 5, "/start help").outcome());
        assertEquals("start", say(5, 5, "/start <script>").outcome());
    }

    @Test
    void anUnknownCommandGetsOneLineAndNoQuestionIsAsked() {
        Decision d = say(5, 5, "/foo");
        assertEquals("unknown command", d.outcome());
        assertEquals(Messages.bundled().get(Lang.EN, "chat.unknownCommand"), d.posts().get(0).reply().body());
        assertEquals("ignored: unknown command", say(GROUP, 5, "/foo").outcome(), "in a group it may be another bot's");
    }

    @Test
    void bareCommandsAreLeftAloneOnceAnotherBotShowsUp() {
        assertFalse(say(GROUP, 5, "/help").posts().isEmpty());
        say(GROUP, 5, "/start@other_bot");
        assertTrue(say(GROUP, 5, "/help").posts().isEmpty());
        assertFalse(say(GROUP, 5, "/help@faq_bot").posts().isEmpty(), "addressed by name it is still ours");
        assertTrue(conversation.handle(new Inbound.Text(1, in(GROUP, 5), "/help", true)).posts().size() == 1, "a reply to us is ours");
    }

    @Test
    void anAdminsCommandsNeverHitTheFloodGuardButAMembersDo() {
        for (int i = 0; i < 12; i++) {
            assertEquals("command", say(GROUP, ADMIN, "/settings@faq_bot").outcome(), "admin command " + i);
        }
        List<String> member = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            member.add(say(GROUP, 6, "/settings@faq_bot").outcome());
        }
        assertEquals("flood notice", member.get(5));
        assertEquals("ignored: flood", member.get(6));
    }

    @Test
    void answersInPrivateOfferVotesAndAVoteCountsOnce() {
        assertTrue(say(5, 5, "is it legal?").posts().get(0).feedback());
        assertFalse(say(GROUP, 5, "/ask@faq_bot is it legal?").posts().get(0).feedback(), "no votes in groups");
        Decision first = conversation.handle(new Inbound.Press(2, "cb", in(5, 5), "v-:en:legality"));
        assertEquals(77, first.posts().get(0).edit(), "the message is edited to thank");
        Decision again = conversation.handle(new Inbound.Press(3, "cb", in(5, 5), "v+:en:legality"));
        assertTrue(again.posts().isEmpty());
        assertEquals(new Tally(0, 1), votes.tallies().get("legality"));
        assertEquals("is it legal?", votes.unhelpfulQuestions().get(0).question());
    }

    @Test
    void inlineQueriesAndChosenResultsNeedNoChat() {
        Decision d = conversation.handle(new Inbound.InlineQuery(4, "q1", "is it legal", "en"));
        assertEquals("legality", d.inline().orElseThrow().answer().results().get(0).entryId());
        conversation.handle(new Inbound.ChosenResult(5, "fees:en"));
        conversation.handle(new Inbound.ChosenResult(6, "not-an-entry:en"));
        assertEquals(List.of("fees"), chosen);
    }
}
