package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.config.BotConfig;
import faqbot.config.LangMode;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.store.ChatKind;
import faqbot.store.GroupSettings;
import faqbot.store.SettingsStore;
import faqbot.store.UnansweredLog;
import faqbot.store.UnansweredRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running the bot for a community, end to end through the real client and the fake Bot API: group
 * settings and who may change them, listen mode, the language setting, reload, the unanswered log
 * and /stats.
 */
class CommunityTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final FaqBot CORE = BotHarness.fixtureBot();
    private static final String WARNINGS_EN = CORE.replies().warnings(Lang.EN);
    private static final String WARNINGS_KO = CORE.replies().warnings(Lang.KO);
    private static final String AT = "@" + FakeBotApi.BOT_USERNAME;
    private static final long GROUP = -1009876543210L;
    private static final long BOT_ADMIN = 99;
    private static final long GROUP_ADMIN = 31;
    private static final long MEMBER = 32;

    @TempDir
    Path dir;
    private FakeBotApi api;
    private BotHarness h;

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

    private BotConfig config(LangMode defaultLang) {
        return new BotConfig(Optional.empty(), dir.resolve("data"), List.of(BOT_ADMIN), defaultLang, 2.0, 1.0, 3, 4.0, 300,
                BotConfig.RateLimits.DEFAULTS, BotConfig.Flood.DEFAULTS, BotConfig.Unanswered.DEFAULTS,
                BotConfig.Outbox.DEFAULTS);
    }

    private BotHarness start() throws Exception {
        return start(Clock.systemUTC(), Optional.empty());
    }

    private BotHarness start(Clock clock, Optional<Path> faqFolder) throws Exception {
        h = BotHarness.community(api, config(LangMode.AUTO), faqFolder, clock);
        return h;
    }

    private GroupSettings stored() {
        return h.community.settings().get(GROUP);
    }

    /** Sends a group message and returns the text of the bot's next message to the group. */
    private String groupSays(long userId, String text) throws InterruptedException {
        int before = api.sentTo(GROUP).size();
        api.groupText(GROUP, userId, text);
        List<JsonNode> sent = api.awaitSentTo(GROUP, before + 1, WAIT);
        assertEquals(before + 1, sent.size(), "one reply to: " + text);
        return sent.get(before).path("text").asText();
    }

    private String privateSays(long userId, String text) throws InterruptedException {
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
    private void assertSilentSince(int sentBefore) throws InterruptedException {
        api.groupText(GROUP, 40, AT + " is it a scam?");
        List<JsonNode> sent = api.awaitSentTo(GROUP, sentBefore + 1, WAIT);
        assertEquals(sentBefore + 1, sent.size(), "only the addressed question was answered: " + sent);
        assertTrue(sent.get(sentBefore).path("text").asText().startsWith(answerOf("scams", Lang.EN)));
    }

    private static String answerOf(String id, Lang lang) {
        return CORE.entry(id, lang).body();
    }

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
            assertTrue(reply.startsWith(AdminCommands.Texts.adminsOnly(Lang.EN)), reply);
            assertTrue(reply.endsWith(WARNINGS_EN), reply);
        }
        assertEquals(GroupSettings.DEFAULTS, stored());
        assertEquals(java.util.Map.of(), h.community.settings().configuredChats(), "nothing written");
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

    @Test
    void badArgumentsGetTheUsage() throws Exception {
        start();
        String reply = groupSays(GROUP_ADMIN, "/lang french");
        assertTrue(reply.startsWith("Usage: /lang auto|en|ko"), reply);
        assertTrue(reply.endsWith(WARNINGS_EN));
        assertEquals(GroupSettings.DEFAULTS, stored());
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

    // ---- reload

    private Path faqCopy() throws Exception {
        Path source = Path.of(CommunityTest.class.getResource("/telegram-faq/warnings.json").toURI()).getParent();
        Path target = dir.resolve("faq");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Files.copy(p, target.resolve(source.relativize(p).toString()));
            }
        }
        return target;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), file + " has " + from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void reloadAcceptsAGoodFaqAndTheNextAnswerUsesIt() throws Exception {
        Path faq = faqCopy();
        start(Clock.systemUTC(), Optional.of(faq));
        edit(faq.resolve("entries/legality.json"), "No: it is a crime to run or advertise it.", "No. Revised: a crime, full stop.");
        String reply = privateSays(BOT_ADMIN, "/reload");
        assertTrue(reply.startsWith("FAQ reloaded from " + faq + ": 3 entries in service."), reply);
        assertTrue(reply.endsWith(WARNINGS_EN));
        assertTrue(privateSays(MEMBER, "is it legal?").startsWith("Is it legal?\n\nNo. Revised: a crime, full stop."));
    }

    @Test
    void reloadRefusesABrokenFaqAndTheOldOneKeepsAnswering() throws Exception {
        Path faq = faqCopy();
        start(Clock.systemUTC(), Optional.of(faq));
        FaqBot before = h.core.get();
        edit(faq.resolve("entries/fees.json"), "\"hidden charges\", \"commission rate\"", "\"hidden charges\"");
        edit(faq.resolve("entries/legality.json"), "No: it is a crime to run or advertise it.", "Changed, but must not be served.");
        String reply = privateSays(BOT_ADMIN, "/reload");
        assertTrue(reply.startsWith("The FAQ in " + faq + " has 1 problem(s), so the FAQ already in service stays:"), reply);
        assertTrue(reply.contains("entries/fees.json [fees] en.examples"), reply);
        assertTrue(reply.endsWith(WARNINGS_EN));
        assertSame(before, h.core.get());
        assertTrue(privateSays(MEMBER, "is it legal?").startsWith(answerOf("legality", Lang.EN)), "the old FAQ still answers");
    }

    @Test
    void reloadIsRefusedToNonAdminsAndOutsidePrivateChats() throws Exception {
        Path faq = faqCopy();
        start(Clock.systemUTC(), Optional.of(faq));
        FaqBot before = h.core.get();
        String reply = privateSays(MEMBER, "/reload");
        assertTrue(reply.startsWith(AdminCommands.Texts.botAdminsOnly(Lang.EN, "/reload")), reply);
        assertTrue(reply.endsWith(WARNINGS_EN));
        assertTrue(groupSays(GROUP_ADMIN, "/reload").startsWith(AdminCommands.Texts.botAdminsOnly(Lang.EN, "/reload")),
                "a group admin is not a bot admin");
        assertTrue(groupSays(BOT_ADMIN, "/reload").startsWith(AdminCommands.Texts.reloadInPrivate(Lang.EN)));
        assertSame(before, h.core.get());
    }

    @Test
    void reloadOfTheBuiltInFaqSaysItNeedsAFolder() throws Exception {
        start();
        assertTrue(privateSays(BOT_ADMIN, "/reload").startsWith("This bot serves the FAQ built into its jar"));
    }

    // ---- unanswered log and stats

    @Test
    void unansweredLogRecordsAGroupFallbackWithoutIdsAndNothingAfterOptingOut() throws Exception {
        start();
        groupSays(MEMBER, AT + " what is the weather like in Seoul? call me 01012345678");
        List<UnansweredRecord> records = UnansweredLog.read(dir.resolve("data")).records();
        assertEquals(1, records.size());
        assertEquals(ChatKind.GROUP, records.get(0).chat());
        String file = Files.readString(dir.resolve("data").resolve(UnansweredLog.FILE_NAME), StandardCharsets.UTF_8);
        for (String id : List.of(Long.toString(GROUP), Long.toString(Math.abs(GROUP)), Long.toString(MEMBER) + ",", "Tester",
                "Test group", "01012345678")) {
            assertFalse(file.contains(id), "no identifier " + id + " in " + file);
        }
        assertTrue(file.contains("weather"), file);

        groupSays(GROUP_ADMIN, "/unanswered off");
        groupSays(MEMBER, AT + " what is the weather like tomorrow?");
        assertEquals(1, UnansweredLog.read(dir.resolve("data")).records().size(), "the group opted out");
        privateSays(MEMBER, "how is the weather?");
        assertEquals(2, UnansweredLog.read(dir.resolve("data")).records().size(), "other chats are still logged");
    }

    @Test
    void statsAreForBotAdminsOnly() throws Exception {
        start();
        privateSays(MEMBER, "is it legal?");
        privateSays(MEMBER, "what is the weather?");
        String refused = privateSays(MEMBER, "/stats");
        assertTrue(refused.startsWith(AdminCommands.Texts.botAdminsOnly(Lang.EN, "/stats")), refused);
        assertTrue(groupSays(GROUP_ADMIN, "/stats").startsWith(AdminCommands.Texts.botAdminsOnly(Lang.EN, "/stats")));
        String stats = privateSays(BOT_ADMIN, "/stats");
        assertTrue(stats.contains("Questions: 2 (en 2, ko 0)"), stats);
        assertTrue(stats.contains("Fallbacks (no match): 1"), stats);
        assertTrue(stats.contains("legality: 1"), stats);
        assertTrue(stats.endsWith(WARNINGS_EN));
        assertTrue(groupSays(BOT_ADMIN, "/stats").contains("Questions: 2"), "in a group too");
    }

    @Test
    void helpAndTheMenusMentionTheAdminCommands() throws Exception {
        start();
        String help = privateSays(MEMBER, "/help");
        for (String c : List.of("/settings", "/listen", "/lang", "/reload", "/stats")) {
            assertTrue(help.contains(c), c + " in " + help);
        }
        assertTrue(help.endsWith(WARNINGS_EN));
        List<FakeBotApi.Request> scoped = api.requests("setMyCommands").stream()
                .filter(r -> r.body().path("scope").path("type").asText().equals("all_chat_administrators")).toList();
        assertEquals(2, scoped.size());
        assertTrue(scoped.get(0).body().path("commands").toString().contains("\"listen\""));
    }
}
