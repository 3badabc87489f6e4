package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import faqbot.faq.Lang;
import faqbot.telegram.BotHarness;
import faqbot.telegram.FakeBotApi;
import faqbot.testing.TestFaq;
import faqbot.text.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The terminal chat and a private Telegram chat are two front ends on one conversation core:
 * /start, /help and /topics give the same text and the same buttons in both.
 */
class TerminalMatchesTelegramTest {
    @Test
    void startHelpAndTopicsReadTheSameInTheTerminalAndInTelegram() throws Exception {
        List<JsonNode> telegram;
        try (FakeBotApi api = new FakeBotApi()) {
            // A bot without a username, like the terminal: no "mention @bot in a group" hint on either side.
            api.setUsername("");
            try (BotHarness h = BotHarness.community(api, BotHarness.defaults(), Optional.empty(), Clock.systemUTC())) {
                assertEquals("", h.bot.username(), "no username, as in the terminal");
                api.privateText(31, "en", "/start");
                api.privateText(31, "en", "/help");
                api.privateText(31, "en", "/topics");
                telegram = api.awaitSentTo(31, 3, Duration.ofSeconds(5));
            }
        }
        assertEquals(3, telegram.size());
        Run terminal = Run.of("/help\n/topics\n", Map.of(), "--faq", TestFaq.folder().toString(), "chat");
        assertEquals(0, terminal.code(), terminal.err());

        for (JsonNode sent : telegram) {
            // Telegram's /help also lists the community commands, which only exist where there are groups and admins.
            String text = sent.path("text").asText().replace("\n\n" + Messages.bundled().get(Lang.EN, "admin.help"), "");
            StringBuilder shown = new StringBuilder(text);
            List<String> labels = StreamSupport.stream(sent.path("reply_markup").path("inline_keyboard").spliterator(), false)
                    .flatMap(row -> StreamSupport.stream(row.spliterator(), false)).map(b -> b.path("text").asText()).toList();
            for (int i = 0; i < labels.size(); i++) {
                shown.append("\n  [").append(i + 1).append("] ").append(labels.get(i));
            }
            assertTrue(terminal.out().contains(shown + "\n"), "the terminal shows, as Telegram did:\n" + shown
                    + "\n--- terminal output ---\n" + terminal.out());
        }
    }
}
