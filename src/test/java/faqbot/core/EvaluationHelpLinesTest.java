package faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.FaqLoader;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A question set line may name help numbers its answer must give; the right entry without them is still a miss. */
class EvaluationHelpLinesTest {
    private static FaqBot bot;

    @BeforeAll
    static void load() throws Exception {
        bot = new FaqBot(new FaqLoader().load(Path.of("faq")));
    }

    private static Evaluation.Result run(String lines) throws Exception {
        return Evaluation.run(bot, new BufferedReader(new StringReader(lines)));
    }

    @Test
    void theRightEntryWithItsHelpNumberCounts() throws Exception {
        Evaluation.Result r = run("{\"q\":\"빚 때문에 죽고 싶어요\",\"expect\":[\"crisis\"],\"help\":[\"109\",\"1600-5500\"]}\n");
        assertEquals(1, r.inScopeCorrect(), r.misses().toString());
    }

    @Test
    void aNumberFoundOnlyInTheWarningsIsAMiss() throws Exception {
        // 1332 is in the scam warning under every reply, but not in the crisis answer itself.
        Evaluation.Result r = run("{\"q\":\"빚 때문에 죽고 싶어요\",\"expect\":[\"crisis\"],\"help\":[\"1332\"]}\n");
        assertEquals(0, r.inScopeCorrect());
        assertEquals(List.of("1332"), r.misses().get(0).missingHelp());
        assertEquals("crisis", r.misses().get(0).got());
    }

    @Test
    void aHelpFieldThatIsNotAListIsAMalformedLine() throws Exception {
        Evaluation.Result r = run("{\"q\":\"is it legal\",\"expect\":[\"legality\"],\"help\":\"109\"}\n");
        assertTrue(r.badLines().get(0).contains("help"), r.badLines().toString());
    }
}
