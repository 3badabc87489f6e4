package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A getUpdates answer that is not a Bot API answer (what a proxy or a flaky network produces) arrives
 * while a question is waiting: the question must still be answered, and so must the next one; the
 * bot must not move its offset past updates it never read.
 */
class BrokenAnswersTest {
    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("empty body", 200, ""),
                Arguments.of("truncated JSON", 200, "{\"ok\":true,\"result\":[{\"update_id\":5"),
                Arguments.of("plain text", 200, "upstream connect error or disconnect/reset before headers"),
                Arguments.of("HTML error page from a proxy, 502", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
                Arguments.of("HTML page with 200", 200, "<!DOCTYPE html><html><body>Please log in to the Wi-Fi</body></html>"),
                Arguments.of("result is an object", 200, "{\"ok\":true,\"result\":{\"update_id\":1}}"),
                Arguments.of("result is a string", 200, "{\"ok\":true,\"result\":\"nothing\"}"),
                Arguments.of("result holds non-updates", 200, "{\"ok\":true,\"result\":[\"x\",1]}"),
                Arguments.of("no result", 200, "{\"ok\":true}"),
                Arguments.of("error without error_code", 200, "{\"ok\":false,\"description\":\"odd\"}"),
                Arguments.of("JSON array root", 200, "[]"),
                Arguments.of("huge body", 200, "{\"ok\":true,\"result\":[]," + "\"pad\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aQuestionWaitingBehindABrokenAnswerIsStillAnswered(String shape, int status, String body) throws Exception {
        try (BotHarness h = BotHarness.start()) {
            // A first question moves the offset onto real update ids, where a wrongly skipped id is a lost question.
            h.api.privateText(30, "en", "is it legal?");
            assertEquals(1, h.api.awaitSentTo(30, 1, Duration.ofSeconds(5)).size());
            // Three in a row, as a flaky proxy gives them: the bot must neither skip the waiting update nor give up.
            for (int i = 0; i < 3; i++) {
                h.api.corruptNextBatch(status, body);
            }
            h.api.privateText(31, "en", "is it legal?");
            assertEquals(1, h.api.awaitSentTo(31, 1, Duration.ofSeconds(5)).size(), shape + ": the waiting question was skipped");
            h.api.privateText(32, "en", "is it legal?");
            assertEquals(1, h.api.awaitSentTo(32, 1, Duration.ofSeconds(5)).size(), shape + ": the next question was not answered");
            assertTrue(h.logLines().stream().noneMatch(l -> l.contains("was skipped")), shape + ": an update was skipped");
        }
    }

    @Test
    void brokenAnswersInARowAreLoggedOnceNotOncePerPoll() throws Exception {
        try (BotHarness h = BotHarness.start()) {
            for (int i = 0; i < 5; i++) {
                h.api.corruptNextBatch(200, "");
            }
            h.api.privateText(33, "en", "is it legal?");
            assertEquals(1, h.api.awaitSentTo(33, 1, Duration.ofSeconds(10)).size());
            List<String> warnings = h.logLines().stream().filter(l -> l.contains("getUpdates failed")).toList();
            assertEquals(1, warnings.size(), "one line for five failures in a row: " + warnings);
        }
    }
}
