package faqbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackCounterTest {
    private final MemoryFeedbackStore store = new MemoryFeedbackStore();
    private final FeedbackCounter counter = new FeedbackCounter(store);

    @Test
    void aMessageCountsOneVoteHoweverOftenItsButtonsArePressed() {
        assertTrue(counter.press(7, 100, "fees", Vote.HELPFUL));
        assertFalse(counter.press(7, 100, "fees", Vote.HELPFUL));
        assertFalse(counter.press(7, 100, "fees", Vote.UNHELPFUL), "changing one's mind does not vote twice");
        assertTrue(counter.press(8, 100, "fees", Vote.UNHELPFUL), "same message id in another chat is another message");
        assertEquals(Map.of("fees", new Tally(1, 1)), store.tallies());
    }

    @Test
    void aThumbsDownKeepsTheQuestionThatGotThatAnswerButNoChat() {
        counter.answered(7, "fees", Lang.EN, "is paypal legit");
        counter.answered(7, "scams", Lang.EN, "was I scammed");
        counter.press(7, 1, "fees", Vote.UNHELPFUL);
        List<UnhelpfulQuestion> qs = store.unhelpfulQuestions();
        assertEquals(1, qs.size());
        assertEquals("is paypal legit", qs.get(0).question());
        assertEquals("fees", qs.get(0).shown());
    }

    @Test
    void aThumbsUpOrAnAnswerNotRememberedKeepsNoQuestion() {
        counter.answered(7, "fees", Lang.EN, "fees?");
        counter.press(7, 1, "fees", Vote.HELPFUL);
        counter.press(9, 2, "fees", Vote.UNHELPFUL);
        assertEquals(List.of(), store.unhelpfulQuestions());
        assertEquals(new Tally(1, 1), store.tallies().get("fees"));
    }

    @Test
    void votesCodeIntoOneCharacterAndBack() {
        for (Vote v : Vote.values()) {
            assertEquals(v, Vote.fromCode(v.code()).orElseThrow());
        }
        assertTrue(Vote.fromCode("x").isEmpty());
    }
}
