package faqbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.config.LangMode;
import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import faqbot.match.MatchSettings;
import faqbot.store.GroupSettings;
import faqbot.testing.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person in crisis gets the crisis lines in a group whatever the flood limit and listen mode's rules say. */
class CrisisAnswerTest {
    private static final String CRISIS_EN = "@faq_bot I want to die, the phone bill debt is too much";
    private static final String CRISIS_KO = "빚 때문에 그냥 죽고 싶어요";
    private static FaqBot core;

    private final ManualClock clock = new ManualClock();
    private final FloodGuard flood = new FloodGuard(clock, new FloodGuard.Settings(2, Duration.ofMinutes(1), Duration.ofMinutes(10)), 100);
    private final Listening listening = new Listening(new MatchSettings(4.0, 1.0, 3), Duration.ofMinutes(5), clock);

    @BeforeAll
    static void load() throws Exception {
        core = new FaqBot(new FaqLoader().load(Path.of("faq")));
    }

    private Conversation conversation(boolean listen) {
        ChatPolicy policy = new ChatPolicy(id -> new GroupSettings(Optional.empty(), listen, true), LangMode.AUTO, Optional.of(listening));
        return new Conversation(new AtomicReference<>(core), new Addressing("faq_bot"), flood, AnswerListener.NONE, CommandHook.NONE, policy);
    }

    private static Inbound.Text group(long update, String text) {
        return new Inbound.Text(update, new Inbound.Origin(-100, ChatKind.SUPERGROUP, (int) update, 0, 5, false, "en"), text, false);
    }

    private static String text(Decision d) {
        return d.posts().stream().map(p -> p.reply().text()).reduce("", String::concat);
    }

    @Test
    void aFlooderInCrisisStillGetsTheCrisisLines() {
        Conversation c = conversation(false);
        for (int i = 1; i <= 3; i++) {
            c.handle(group(i, "@faq_bot is it legal?"));
        }
        assertTrue(c.handle(group(4, "@faq_bot what does it cost?")).posts().isEmpty(), "the flooder is silenced for other questions");
        Decision d = c.handle(group(5, CRISIS_EN));
        assertEquals(Optional.of("crisis"), d.entryId());
        assertTrue(text(d).contains("109"), text(d));
    }

    @Test
    void listenModeAnswersACrisisStatementEveryTimeEvenWithinTheCooldown() {
        Conversation c = conversation(true);
        for (int i = 1; i <= 4; i++) {
            Decision d = c.handle(group(i, CRISIS_KO));
            assertEquals(Optional.of("crisis"), d.entryId(), "message " + i + ": " + d.outcome());
            assertTrue(text(d).contains("109"));
        }
    }

    @Test
    void listenModeStillHoldsBackAnOrdinaryTopicWithinTheCooldown() {
        Conversation c = conversation(true);
        Decision first = c.handle(group(1, "is cashing out micropayments legal in korea?"));
        Decision again = c.handle(group(2, "is cashing out micropayments legal in korea?"));
        assertEquals(Optional.of("legality"), first.entryId());
        assertEquals(List.of(), again.posts());
    }

    @Test
    void listenModeOffKeepsTheBotOutOfUnaddressedMessages() {
        assertTrue(conversation(false).handle(group(1, CRISIS_KO)).posts().isEmpty());
    }
}
