package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.config.BotConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An update Telegram delivers again to a new process (its confirmation was lost in a crash) is
 * recognised from the state file and not answered twice, while new questions still are.
 */
class RedeliveryAfterRestartTest {
    @Test
    void anUpdateHandledBeforeARestartIsNotAnsweredAgain() throws Exception {
        // The default configuration with a fresh data folder, kept across the harness's restarts.
        BotConfig config = BotHarness.defaults();
        try (FakeBotApi api = new FakeBotApi()) {
            int first;
            try (BotHarness h = BotHarness.community(api, config, Optional.empty(), Clock.systemUTC())) {
                first = api.privateText(51, "en", "is it legal?");
                assertEquals(1, api.awaitSentTo(51, 1, Duration.ofSeconds(5)).size());
                assertTrue(h.logLines().stream().noneMatch(l -> l.startsWith("ERROR")), String.join("\n", h.logLines()));
            }
            api.redeliver(first, api.update("message", api.message(api.chat(51, "private"), api.user(51, "en", false), "is it legal?")));
            try (BotHarness h = BotHarness.community(api, config, Optional.empty(), Clock.systemUTC())) {
                api.privateText(51, "en", "what fee do they charge?");
                assertEquals(2, api.awaitSentTo(51, 2, Duration.ofSeconds(5)).size(), "the new question is answered");
                h.bot.stop();
                assertEquals(2, api.sentTo(51).size(), "the redelivered update was not answered again");
                assertTrue(h.logLines().stream().anyMatch(l -> l.contains("update " + first + " was handled before")));
            }
        }
    }
}
