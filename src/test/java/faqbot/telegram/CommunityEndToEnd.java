package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import faqbot.config.BotConfig;
import faqbot.config.LangMode;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.store.GroupSettings;
import faqbot.testing.TestFaq;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the end-to-end community tests share: the fake Bot API with a group admin, the bot started
 * as {@code run} starts it for a community, and helpers that send a message and return the reply.
 */
abstract class CommunityEndToEnd {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final FaqBot CORE = TestFaq.bot();
    static final String WARNINGS_EN = CORE.replies().warnings(Lang.EN);
    static final String WARNINGS_KO = CORE.replies().warnings(Lang.KO);
    static final String AT = "@" + FakeBotApi.BOT_USERNAME;
    static final long GROUP = -1009876543210L;
    static final long BOT_ADMIN = 99;
    static final long GROUP_ADMIN = 31;
    static final long MEMBER = 32;

    @TempDir
    Path dir;
    FakeBotApi api;
    BotHarness h;

    @BeforeEach
    void server() throws IOException {
        api = new FakeBotApi();
        api.setMemberStatus(GROUP, GROUP_ADMIN, "administrator");
    }

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
        api.close();
    }

    BotConfig config(LangMode defaultLang) {
        return new BotConfig(Optional.empty(), dir.resolve("data"), List.of(BOT_ADMIN), defaultLang, 2.0, 1.0, 3, 4.0, 300,
                BotConfig.RateLimits.DEFAULTS, BotConfig.Flood.DEFAULTS, BotConfig.Unanswered.DEFAULTS);
    }

    BotHarness start() throws Exception {
        return start(Clock.systemUTC(), Optional.empty());
    }

    BotHarness start(Clock clock, Optional<Path> faqFolder) throws Exception {
        h = BotHarness.community(api, config(LangMode.AUTO), faqFolder, clock);
        return h;
    }

    GroupSettings stored() {
        return h.community.settings().get(GROUP);
    }

    /** Sends a group message and returns the text of the bot's next message to the group. */
    String groupSays(long userId, String text) throws InterruptedException {
        int before = api.sentTo(GROUP).size();
        api.groupText(GROUP, userId, text);
        List<JsonNode> sent = api.awaitSentTo(GROUP, before + 1, WAIT);
        assertEquals(before + 1, sent.size(), "one reply to: " + text);
        return sent.get(before).path("text").asText();
    }

    String privateSays(long userId, String text) throws InterruptedException {
        int before = api.sentTo(userId).size();
        api.privateText(userId, "en", text);
        List<JsonNode> sent = api.awaitSentTo(userId, before + 1, WAIT);
        assertEquals(before + 1, sent.size(), "one reply to: " + text);
        return sent.get(before).path("text").asText();
    }

    /**
     * Proves silence without sleeping: updates are handled in order, so once the answer to an
     * addressed question that came later is out, nothing else was sent in between.
     */
    void assertSilentSince(int sentBefore) throws InterruptedException {
        api.groupText(GROUP, 40, AT + " is it a scam?");
        List<JsonNode> sent = api.awaitSentTo(GROUP, sentBefore + 1, WAIT);
        assertEquals(sentBefore + 1, sent.size(), "only the addressed question was answered: " + sent);
        assertTrue(sent.get(sentBefore).path("text").asText().startsWith(answerOf("scams", Lang.EN)));
    }

    static String answerOf(String id, Lang lang) {
        return CORE.entry(id, lang).body();
    }
}
