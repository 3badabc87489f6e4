package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.config.BotConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A getChatMember that Telegram answers slowly holds up only the group command that needs it, not other chats. */
class SlowAdminCheckTest {
    private static final long GROUP = -100_777L;
    private static final long ADMIN = 71;

    @Test
    void otherChatsAreAnsweredWhileAnAdminCheckWaits() throws Exception {
        // The default configuration with a fresh data folder, kept across the harness's restarts.
        BotConfig config = BotHarness.defaults();
        try (FakeBotApi api = new FakeBotApi()) {
            api.setMemberStatus(GROUP, ADMIN, "administrator");
            try (BotHarness h = BotHarness.community(api, config, Optional.empty(), Clock.systemUTC())) {
                api.holdChatMember();
                api.groupText(GROUP, ADMIN, "/lang ko");
                api.await("getChatMember", r -> true, 1, Duration.ofSeconds(10));
                for (long chat = 1; chat <= 5; chat++) {
                    api.privateText(chat, "en", "is it legal?");
                }
                for (long chat = 1; chat <= 5; chat++) {
                    assertEquals(1, api.awaitSentTo(chat, 1, Duration.ofSeconds(10)).size(), "chat " + chat + " waited for getChatMember");
                }
                assertEquals(0, api.sentTo(GROUP).size(), "the command is still waiting for Telegram");
                api.answerChatMember();
                assertEquals(1, api.awaitSentTo(GROUP, 1, Duration.ofSeconds(10)).size(), "the command is answered once Telegram answers");
                assertTrue(h.community.settings().get(GROUP).lang().isPresent(), "and the setting was applied");
            }
        }
    }
}
