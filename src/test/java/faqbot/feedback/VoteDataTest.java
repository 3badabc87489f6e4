package faqbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Lang;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoteDataTest {
    @Test
    void voteButtonsCarryVoteLanguageAndEntryAndReadBack() {
        VoteData d = new VoteData(Vote.UNHELPFUL, Lang.KO, "get-help");
        assertEquals(Optional.of("v-:ko:get-help"), d.encode());
        assertEquals(Optional.of(d), VoteData.decode("v-:ko:get-help"));
    }

    @Test
    void topicButtonsAndForgedDataAreNotVotes() {
        for (String s : List.of("en:fees", "v+:fees", "v*:en:fees", "v+:english:fees", "v+:en:FEES", "v+:en:", "")) {
            assertTrue(VoteData.decode(s).isEmpty(), s);
        }
        assertTrue(new VoteData(Vote.HELPFUL, Lang.EN, "x".repeat(60)).encode().isEmpty(), "over 64 bytes");
    }
}
