package faqbot.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.FaqBot;
import faqbot.match.MatchResult;
import faqbot.match.MatchSettings;
import faqbot.testing.ManualClock;
import faqbot.testing.TestFaq;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listen mode's rules without HTTP: the question shape, the strict threshold and the cooldown. */
class ListeningTest {
    private static final FaqBot CORE = TestFaq.bot();

    @Test
    void questionsInEnglishAndKoreanLookLikeQuestions() {
        for (String q : List.of("is it legal?", "what fee do they charge", "How do the scams work", "can I get arrested",
                "Does anyone know the commission", "so why is it so expensive", "ok. should I pay up front",
                "hidden charges？", "is it legal?!! 😅", "이거 불법인가요", "수수료 얼마예요", "어떻게 하는 거예요",
                "처벌 받나요 ㅠㅠ", "사기일까", "사기 아닌가", "이거 합법이죠", "왜 이렇게 비싸")) {
            assertTrue(Listening.looksLikeQuestion(q), q);
        }
    }

    @Test
    void statementsAndChatterDoNotLookLikeQuestions() {
        for (String s : List.of("", "   ", "lol ok", "the fees and charges here are wild", "I got scammed yesterday",
                "legal stuff is boring", "thanks!", "ㅋㅋㅋ", "수수료가 너무 비싸요", "사기 당했어요", "좋아요 👍")) {
            assertFalse(Listening.looksLikeQuestion(s), s);
        }
        assertFalse(Listening.looksLikeQuestion(null));
    }

    @Test
    void onlyAClearMatchAtTheListenThresholdIsStrongEnough() {
        Listening l = new Listening(new MatchSettings(4.0, 1.0, 3), Duration.ofMinutes(5), new ManualClock());
        MatchResult strong = CORE.ask("what fee do they charge?").match();   // fee 3 + charge 2
        MatchResult weak = CORE.ask("is it legal?").match();                 // legal 3: an answer when asked, not unasked
        MatchResult none = CORE.ask("what is the weather?").match();
        assertTrue(strong.matched() && weak.matched() && !none.matched());
        assertTrue(l.strongEnough(strong));
        assertFalse(l.strongEnough(weak));
        assertFalse(l.strongEnough(none));
    }

    @Test
    void aTopicCoolsDownPerGroupForTheConfiguredTime() {
        ManualClock clock = new ManualClock();
        Listening l = new Listening(new MatchSettings(4.0, 1.0, 3), Duration.ofSeconds(300), clock);
        assertFalse(l.coolingDown(-1, "fees"));
        l.answered(-1, "fees");
        assertTrue(l.coolingDown(-1, "fees"));
        assertFalse(l.coolingDown(-1, "scams"), "another topic");
        assertFalse(l.coolingDown(-2, "fees"), "another group");
        clock.advance(Duration.ofSeconds(299));
        assertTrue(l.coolingDown(-1, "fees"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(l.coolingDown(-1, "fees"));
    }
}
