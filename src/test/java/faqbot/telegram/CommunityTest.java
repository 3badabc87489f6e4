package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.config.LangMode;
import faqbot.faq.Lang;
import faqbot.store.GroupSettings;
import faqbot.store.SettingsStore;
import faqbot.testing.ManualClock;
import faqbot.text.Messages;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Running the bot for a community, end to end through the real client and the fake Bot API: group
 * settings and who may change them (as Telegram reports admins), listen mode and the language setting.
 * The rules themselves are unit-tested in faqbot.chat.admin.AdminCommandsTest.
 */
class CommunityTest extends CommunityEndToEnd {
    // ---- settings and who may change them

    @Test
    void settingsSurviveARestart() throws Exception {
        start();
        assertTrue(groupSays(GROUP_ADMIN, "/listen on").startsWith("Saved."));
        assertTrue(groupSays(GROUP_ADMIN, "/unanswered off").startsWith("Saved."));
        assertTrue(groupSays(GROUP_ADMIN, "/lang ko").startsWith("저장했습니다."));
        h.close();

        start();
        String shown = groupSays(MEMBER, "/settings");
        assertTrue(shown.contains("답변 언어: ko"), shown);
        assertTrue(shown.contains("듣기 모드: 켜짐"), shown);
        assertTrue(shown.contains("못 찾은 질문 기록: 꺼짐"), shown);
        assertTrue(shown.endsWith(WARNINGS_KO), shown);
        assertEquals(new GroupSettings(Optional.of(LangMode.KO), true, false), stored());
    }

    @Test
    void nonAdminIsRefusedPolitelyAndSettingsStayUnchanged() throws Exception {
        start();
        for (String command : List.of("/listen on", "/lang ko", "/unanswered off", "/listen@" + FakeBotApi.BOT_USERNAME + " on")) {
            String reply = groupSays(MEMBER, command);
            assertTrue(reply.startsWith(Messages.bundled().get(Lang.EN, "admin.adminsOnly")), reply);
            assertTrue(reply.endsWith(WARNINGS_EN), reply);
        }
        assertEquals(GroupSettings.DEFAULTS, stored());
        assertFalse(Files.exists(h.community.settings().file()), "nothing written");
        assertTrue(api.requests("getChatMember").stream().allMatch(r -> r.body().path("user_id").asLong() == MEMBER));
    }

    @Test
    void groupAdminCanChangeSettingsAndTheirStatusIsAskedOnce() throws Exception {
        start();
        api.setMemberStatus(GROUP, 33, "creator");
        assertTrue(groupSays(GROUP_ADMIN, "/listen on").startsWith("Saved."));
        assertTrue(groupSays(GROUP_ADMIN, "/unanswered off").startsWith("Saved."));
        assertTrue(groupSays(33, "/lang en").startsWith("Saved."));
        assertEquals(new GroupSettings(Optional.of(LangMode.EN), true, false), stored());
        assertEquals(2, api.requests("getChatMember").size(), "the admin's status is cached: one call per person");
        String shown = groupSays(MEMBER, "/settings");
        assertTrue(shown.contains("Reply language: en") && shown.contains("Listen mode: on") && shown.contains("Unanswered-questions log: off"), shown);
    }

    @Test
    void anonymousGroupAdminPostingAsTheGroupCanChangeSettings() throws Exception {
        start();
        api.groupTextAsGroup(GROUP, "/listen on");
        String reply = api.awaitSentTo(GROUP, 1, WAIT).get(0).path("text").asText();
        assertTrue(reply.startsWith("Saved."), reply);
        assertTrue(stored().listen());
        assertTrue(api.requests("getChatMember").isEmpty(), "only admins can post as the group: no need to ask");
    }

    @Test
    void configuredBotAdminCanChangeAnyGroupsSettings() throws Exception {
        start();
        assertTrue(groupSays(BOT_ADMIN, "/unanswered off").startsWith("Saved."));
        assertFalse(stored().logUnanswered());
        assertTrue(api.requests("getChatMember").isEmpty(), "a configured admin needs no check");
    }

    @Test
    void privateChatSettingsApplyToThatChat() throws Exception {
        start();
        assertTrue(privateSays(51, "/lang ko").startsWith("저장했습니다."));
        assertTrue(privateSays(51, "is it legal?").startsWith(answerOf("legality", Lang.KO)));
        assertTrue(privateSays(52, "is it legal?").startsWith(answerOf("legality", Lang.EN)), "another chat is not affected");
    }

    // ---- listen mode

    @Test
    void listenModeAnswersAClearUnaddressedQuestionAsAThreadedReply() throws Exception {
        api.readAllGroupMessages(true);
        start();
        groupSays(GROUP_ADMIN, "/listen on");
        int before = api.sentTo(GROUP).size();
        ObjectNode q = api.groupText(GROUP, MEMBER, "what fee do they charge?");
        JsonNode sent = api.awaitSentTo(GROUP, before + 1, WAIT).get(before);
        assertEquals(q.get("message_id").asInt(), sent.path("reply_parameters").path("message_id").asInt());
        assertTrue(sent.path("text").asText().startsWith(answerOf("fees", Lang.EN)));
        assertTrue(sent.path("text").asText().endsWith(WARNINGS_EN));
        assertTrue(h.answered.get(h.answered.size() - 1).listened());
    }

    @Test
    void listenModeStaysSilentOnChatterAndOnWeakMatches() throws Exception {
        api.readAllGroupMessages(true);
        start();
        groupSays(GROUP_ADMIN, "/listen on");
        int before = api.sentTo(GROUP).size();
        api.groupText(GROUP, MEMBER, "the fees and charges here are wild");   // strong match, but not a question
        api.groupText(GROUP, MEMBER, "lol ok");                               // chatter
        api.groupText(GROUP, MEMBER, "is it legal?");                         // a question, but a weak match (3 < 4)
        api.groupText(GROUP, MEMBER, "what is the weather like?");            // a question with no match: never a fallback
        assertSilentSince(before);
    }

    @Test
    void withListenModeOffUnaddressedQuestionsGetNoReply() throws Exception {
        api.readAllGroupMessages(true);
        start();
        api.groupText(GROUP, MEMBER, "what fee do they charge?");
        assertSilentSince(0);
    }

    @Test
    void listenModeDoesNotRepeatATopicWithinTheCooldown() throws Exception {
        api.readAllGroupMessages(true);
        ManualClock clock = new ManualClock();
        start(clock, Optional.empty());
        groupSays(GROUP_ADMIN, "/listen on");
        assertTrue(groupSays(MEMBER, "what fee do they charge?").startsWith(answerOf("fees", Lang.EN)));
        clock.advance(Duration.ofSeconds(299));
        int before = api.sentTo(GROUP).size();
        api.groupText(GROUP, 34, "so what fee do they charge??");
        assertSilentSince(before);
        clock.advance(Duration.ofSeconds(2));
        assertTrue(groupSays(35, "what fee do they charge?").startsWith(answerOf("fees", Lang.EN)), "after the cooldown");
    }

    @Test
    void listenModeOnWithPrivacyModeOnIsWarnedAtStart() throws Exception {
        SettingsStore.open(dir.resolve("data")).update(GROUP, s -> s.withListen(true));
        start();
        assertTrue(h.logLines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("privacy mode is on") && l.contains("/setprivacy")),
                String.join("\n", h.logLines()));
        assertTrue(groupSays(MEMBER, "/settings").contains("/setprivacy"), "the group's admins are told too");
    }

    // ---- language

    @Test
    void langKoMakesEnglishQuestionsGetKoreanReplies() throws Exception {
        start();
        groupSays(GROUP_ADMIN, "/lang ko");
        String reply = groupSays(MEMBER, AT + " is it legal?");
        assertTrue(reply.startsWith(answerOf("legality", Lang.KO)), reply);
        assertTrue(reply.endsWith(WARNINGS_KO), reply);
        groupSays(GROUP_ADMIN, "/lang en");
        assertTrue(groupSays(MEMBER, AT + " 불법인가요?").startsWith(answerOf("legality", Lang.EN)), "en forces English for Korean too");
        groupSays(GROUP_ADMIN, "/lang auto");
        assertTrue(groupSays(MEMBER, AT + " 불법인가요?").startsWith(answerOf("legality", Lang.KO)), "auto: Hangul decides again");
    }

    @Test
    void configuredDefaultLanguageAppliesWhereAChatChoseNone() throws Exception {
        h = BotHarness.community(api, config(LangMode.KO), Optional.empty(), Clock.systemUTC());
        assertTrue(privateSays(53, "is it legal?").startsWith(answerOf("legality", Lang.KO)));
        assertTrue(privateSays(53, "/lang auto").startsWith("Saved."));
        assertTrue(privateSays(53, "is it legal?").startsWith(answerOf("legality", Lang.EN)), "the chat's own choice wins");
    }
}
