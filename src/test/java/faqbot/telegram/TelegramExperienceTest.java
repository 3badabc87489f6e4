package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.config.BotConfig;
import faqbot.config.LangMode;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.feedback.Tally;
import faqbot.store.FeedbackFile;
import faqbot.store.UnansweredLog;
import faqbot.testing.TestFaq;
import faqbot.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 end to end, through the real telegrambots client against the fake Bot API on loopback,
 * which parses HTML as strictly as Telegram: formatting, group etiquette, inline mode, feedback,
 * admins and the flood guard, unknown commands, forum topics.
 */
class TelegramExperienceTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final FaqBot CORE = TestFaq.bot();
    private static final long GROUP = -1009876543210L;
    private static final long GROUP_ADMIN = 71;
    private static final long BOT_ADMIN = 72;
    private static final long VOTER = 918273645L;
    private static final String LEGAL_EN = CORE.faq().warnings().legal().get(Lang.EN);
    private static final String SCAM_EN = CORE.faq().warnings().scam().get(Lang.EN);

    @TempDir
    Path dir;
    private FakeBotApi api;
    private BotHarness h;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        api.setMemberStatus(GROUP, GROUP_ADMIN, "administrator");
        BotConfig config = new BotConfig(Optional.empty(), dir.resolve("data"), List.of(BOT_ADMIN), LangMode.AUTO, 2.0, 1.0, 3, 4.0, 300,
                BotConfig.RateLimits.DEFAULTS, BotConfig.Flood.DEFAULTS, BotConfig.Unanswered.DEFAULTS);
        h = BotHarness.community(api, config, Optional.empty(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        h.close();
        api.close();
    }

    private static List<JsonNode> buttons(JsonNode sent) {
        return StreamSupport.stream(sent.path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false)).toList();
    }

    private static List<Integer> rowSizes(JsonNode sent) {
        return StreamSupport.stream(sent.path("reply_markup").path("inline_keyboard").spliterator(), false).map(JsonNode::size).toList();
    }

    private static String text(Lang lang, String key, Object... args) {
        return Messages.bundled().get(lang, key, args);
    }

    @Test
    void everyMessageIsValidHtmlWithABoldTitleAndTheWarningsInAQuote() throws Exception {
        api.privateText(11, "en", "is it legal?");
        api.privateText(11, "en", "/start");
        api.privateText(11, "en", "/topics");
        api.privateText(11, "en", "what's the weather <b>&amp;");
        api.groupText(GROUP, 12, "/ask@" + FakeBotApi.BOT_USERNAME + " how much commission?");
        List<JsonNode> sent = new ArrayList<>(api.awaitSentTo(11, 4, WAIT));
        sent.addAll(api.awaitSentTo(GROUP, 1, WAIT));
        assertEquals(5, sent.size());
        for (JsonNode m : sent) {
            // The fake refuses HTML Telegram would refuse (400), so being recorded as sent proves it parsed.
            assertEquals("html", m.path("parse_mode").asText().toLowerCase(Locale.ROOT), m.toString());
            assertTrue(m.path("_html").asText().contains("<blockquote>"), m.path("_html").asText());
            assertTrue(m.path("text").asText().endsWith(LEGAL_EN + "\n" + SCAM_EN), "warnings close every message");
        }
        assertTrue(sent.get(0).path("_html").asText().startsWith("<b>" + ExperienceFixtures.htmlTitle(CORE, "legality") + "</b>\n\n"));
        assertTrue(sent.get(3).path("_html").asText().contains("&lt;b&gt;&amp;amp;") || !sent.get(3).path("text").asText().contains("<b>"),
                "what a person typed is never markup");
        assertEquals(List.of(), api.requests("sendMessage").stream().filter(r -> r.body().has("_failed")).toList(), "nothing refused");
    }

    @Test
    void aReplyOverTheLimitIsSplitAndEveryPartCarriesBothWarnings() throws Exception {
        h.core.set(ExperienceFixtures.withLongAnswer(CORE, "fees", "Fees & <costs> are high. ".repeat(400)));
        api.privateText(13, "en", "/fees");
        List<JsonNode> parts = api.awaitSentTo(13, 3, WAIT);
        assertEquals(3, parts.size(), "10,000 characters in three parts");
        for (JsonNode p : parts) {
            String shown = p.path("text").asText();
            assertTrue(shown.length() <= 4096, "part of " + shown.length());
            assertTrue(shown.endsWith(LEGAL_EN + "\n" + SCAM_EN), "every part has both warnings");
        }
    }

    @Test
    void whenTelegramRefusesTheHtmlTheAnswerGoesOutAsPlainTextWithAnErrorLine() throws Exception {
        api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities: "
                + "Unsupported start tag \\\"foo\\\" at byte offset 7\"}");
        api.privateText(14, "en", "is it a scam?");
        JsonNode sent = api.awaitSentTo(14, 1, WAIT).get(0);
        assertFalse(sent.has("parse_mode"), "the second try is plain text");
        assertEquals(CORE.ask("is it a scam?").reply().text(), sent.path("text").asText(), "same answer, same warnings");
        assertTrue(h.logLines().stream().anyMatch(l -> l.startsWith("ERROR") && l.contains("refused the HTML")), String.join("\n", h.logLines()));
    }

    @Test
    void groupHelpIsShortWithADeepLinkToTheFullHelpInPrivate() throws Exception {
        api.groupText(GROUP, 15, "/help@" + FakeBotApi.BOT_USERNAME);
        api.groupText(GROUP, 15, "@" + FakeBotApi.BOT_USERNAME);
        List<JsonNode> sent = api.awaitSentTo(GROUP, 2, WAIT);
        for (JsonNode m : sent) {
            String shown = m.path("text").asText();
            assertTrue(shown.startsWith(text(Lang.EN, "chat.help.group", "@" + FakeBotApi.BOT_USERNAME)), shown);
            assertFalse(shown.contains(text(Lang.EN, "admin.help")), "no admin section in a group");
            assertEquals("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=help", buttons(m).get(0).path("url").asText());
        }
        api.privateText(16, "en", "/start help");
        String full = api.awaitSentTo(16, 1, WAIT).get(0).path("text").asText();
        assertTrue(full.contains(text(Lang.EN, "admin.help")), "the deep link opens the full help: " + full);
        api.privateText(16, "en", "/start fees");
        String topic = api.awaitSentTo(16, 2, WAIT).get(1).path("text").asText();
        assertTrue(topic.startsWith(CORE.entry("fees", Lang.EN).body()), topic);
    }

    @Test
    void topicListsComeInTwoColumnsAndPrivateButtonsEditTheirMessage() throws Exception {
        api.privateText(17, "en", "/topics");
        JsonNode topics = api.awaitSentTo(17, 1, WAIT).get(0);
        assertEquals(List.of(2, 1), rowSizes(topics), "three topics: two to a row");
        api.press(17, "en", 9100, "en:scams");
        JsonNode edit = api.await("editMessageText", r -> true, 1, WAIT).get(0).body();
        assertEquals(9100, edit.path("message_id").asInt());
        assertTrue(edit.path("text").asText().startsWith(CORE.entry("scams", Lang.EN).body()));
        assertTrue(edit.path("text").asText().endsWith(LEGAL_EN + "\n" + SCAM_EN));
        assertEquals(1, api.sentTo(17).size(), "no new message for a button in a private chat");
    }

    @Test
    void aGroupButtonAnswersInAThreadOnlyOncePerTopic() throws Exception {
        MoreUpdates.groupPress(api, GROUP, 18, 9200, "en:fees");
        JsonNode reply = api.awaitSentTo(GROUP, 1, WAIT).get(0);
        assertEquals(9200, reply.path("reply_parameters").path("message_id").asInt());
        MoreUpdates.groupPress(api, GROUP, 19, 9200, "en:fees");
        api.await("answerCallbackQuery", r -> true, 2, WAIT);
        MoreUpdates.groupPress(api, GROUP, 19, 9200, "en:scams");
        // In order: a second "fees" reply would come before the "scams" one.
        List<JsonNode> sent = api.awaitSentTo(GROUP, 2, WAIT);
        assertEquals(2, sent.size(), "the same topic again posts nothing; another topic does");
        assertTrue(sent.get(1).path("text").asText().startsWith(CORE.entry("scams", Lang.EN).body()));
    }

    @Test
    void adminsSettingUpAGroupAreNeverMutedButOthersAre() throws Exception {
        String[] setup = {"/settings", "/lang en", "/listen off", "/unanswered on", "/settings", "/lang auto", "/settings", "/settings"};
        for (String c : setup) {
            api.groupText(GROUP, GROUP_ADMIN, c.replaceFirst("^(/\\w+)", "$1@" + FakeBotApi.BOT_USERNAME));
        }
        api.groupText(GROUP, GROUP_ADMIN, "/ask@" + FakeBotApi.BOT_USERNAME + " is it legal?");
        List<JsonNode> sent = api.awaitSentTo(GROUP, setup.length + 1, WAIT);
        assertEquals(setup.length + 1, sent.size());
        String flood = text(Lang.EN, "chat.flood");
        assertTrue(sent.stream().noneMatch(m -> m.path("text").asText().startsWith(flood)), "no flood notice for the admin");
        // Admin commands wait for getChatMember off the polling thread, so the answer may come before their replies.
        String legality = CORE.entry("legality", Lang.EN).body();
        assertTrue(sent.stream().anyMatch(m -> m.path("text").asText().startsWith(legality)), "the admin's question is answered");
        long other = 73;
        for (int i = 0; i < setup.length; i++) {
            api.groupText(GROUP, other, "/settings@" + FakeBotApi.BOT_USERNAME);
        }
        List<JsonNode> more = api.awaitSentTo(GROUP, setup.length + 1 + 6, WAIT);
        assertTrue(more.get(more.size() - 1).path("text").asText().startsWith(flood), "a member's sixth command gets the notice");
    }

    @Test
    void anUnknownCommandGetsOneLineAndIsNotLoggedAsAQuestion() throws Exception {
        api.privateText(20, "en", "/foo");
        JsonNode sent = api.awaitSentTo(20, 1, WAIT).get(0);
        assertEquals(text(Lang.EN, "chat.unknownCommand") + "\n\n" + LEGAL_EN + "\n" + SCAM_EN, sent.path("text").asText());
        api.privateText(20, "en", "/fees");
        assertTrue(api.awaitSentTo(20, 2, WAIT).get(1).path("text").asText().startsWith(CORE.entry("fees", Lang.EN).body()),
                "a command naming a topic opens it");
        assertEquals(List.of(), UnansweredLog.read(h.community.config().dataDir()).records());
        assertTrue(h.answered.isEmpty(), "no question was asked");
    }

    @Test
    void inlineQueriesReturnFullAnswersWithBothWarningsInTheQuerysLanguage() throws Exception {
        MoreUpdates.inlineQuery(api, 21, "ko", "q-empty", "");
        MoreUpdates.inlineQuery(api, 21, "en", "q-ko", "수수료 얼마예요");
        MoreUpdates.inlineQuery(api, 21, "ko", "q-en", "what fee do they charge");
        MoreUpdates.inlineQuery(api, 21, "en", "q-off", "best pizza in town");
        List<FakeBotApi.Request> answers = api.await("answerInlineQuery", r -> true, 4, WAIT);
        assertEquals(4, answers.size());
        Map<String, Lang> langs = Map.of("q-empty", Lang.KO, "q-ko", Lang.KO, "q-en", Lang.EN, "q-off", Lang.EN);
        for (FakeBotApi.Request r : answers) {
            JsonNode b = r.body();
            String q = b.path("inline_query_id").asText();
            Lang lang = langs.get(q);
            JsonNode results = b.path("results");
            assertTrue(results.size() >= 1 && results.size() <= 5, q + ": " + results.size());
            assertEquals(300, b.path("cache_time").asInt());
            assertEquals(q.equals("q-empty"), b.path("is_personal").asBoolean(), q);
            for (JsonNode res : results) {
                JsonNode content = res.path("input_message_content");
                assertEquals("html", content.path("parse_mode").asText().toLowerCase(Locale.ROOT));
                String shown = content.path("message_text").asText();
                String id = res.path("id").asText().split(":")[0];
                assertTrue(shown.startsWith(CORE.entry(id, lang).body()), q + " carries the full answer: " + shown);
                assertTrue(shown.endsWith(CORE.faq().warnings().legal().get(lang) + "\n" + CORE.faq().warnings().scam().get(lang)), q);
            }
            if (q.equals("q-ko") || q.equals("q-en")) {
                assertEquals("fees", results.get(0).path("id").asText().split(":")[0], q + ": best match first");
            }
        }
        MoreUpdates.chosenInline(api, 21, "fees:en", "what fee do they charge");
        api.privateText(21, "en", "is it legal?");
        api.awaitSentTo(21, 1, WAIT);
        assertEquals(Map.of("fees", 1L), h.community.stats().inlineChoices(), "a posted inline answer is counted, without who");
    }

    @Test
    void aVoteIsCountedOncePerMessageAndTheMessageSaysThanks() throws Exception {
        api.privateText(VOTER, "en", "is it legal?");
        JsonNode answer = api.awaitSentTo(VOTER, 1, WAIT).get(0);
        List<String> data = buttons(answer).stream().map(b -> b.path("callback_data").asText()).toList();
        assertTrue(data.contains("v+:en:legality") && data.contains("v-:en:legality"), data.toString());
        api.press(VOTER, "en", 9300, "v-:en:legality");
        api.press(VOTER, "en", 9300, "v-:en:legality");
        api.press(VOTER, "en", 9300, "v+:en:legality");
        List<String> acks = api.await("answerCallbackQuery", r -> true, 3, WAIT).stream().map(r -> r.body().path("text").asText()).sorted().toList();
        assertEquals(List.of(text(Lang.EN, "feedback.thanks"), text(Lang.EN, "feedback.counted"), text(Lang.EN, "feedback.counted")).stream()
                .sorted().toList(), acks, "one press counted, the others told so");
        api.await("editMessageText", r -> true, 1, WAIT);
        // Every press was decided before its acknowledgement was queued; once the queue is empty, every edit is out.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (h.bot.queued() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<FakeBotApi.Request> edits = api.requests("editMessageText");
        assertEquals(1, edits.size(), "thanked once");
        assertTrue(edits.get(0).body().path("text").asText().contains(text(Lang.EN, "feedback.thanks")));
        assertTrue(buttons(edits.get(0).body()).stream().noneMatch(b -> b.path("callback_data").asText().startsWith("v")), "no vote buttons left");
        assertEquals(new Tally(0, 1), FeedbackFile.read(h.community.config().dataDir()).tallies().get("legality"));
        assertEquals("is it legal?", FeedbackFile.read(h.community.config().dataDir()).questions().get(0).question());
        assertFalse(Files.exists(h.community.config().dataDir().resolve(FeedbackFile.FILE_NAME)), "kept in the state file, not beside it");
        assertFalse(FeedbackFile.read(h.community.config().dataDir()).toString().contains(Long.toString(VOTER)), "no chat or user id stored");
    }

    @Test
    void answersGoToTheAskersForumTopicAndTheGeneralTopicTrapIsAvoided() throws Exception {
        ObjectNode inTopic = MoreUpdates.forumText(api, GROUP, 23, 77, true, "/ask@" + FakeBotApi.BOT_USERNAME + " is it legal?");
        JsonNode reply = api.awaitSentTo(GROUP, 1, WAIT).get(0);
        assertEquals(77, reply.path("message_thread_id").asInt(), "in the asker's topic");
        assertEquals(inTopic.path("message_id").asInt(), reply.path("reply_parameters").path("message_id").asInt());
        MoreUpdates.forumText(api, GROUP, 23, 1, false, "/ask@" + FakeBotApi.BOT_USERNAME + " is it a scam?");
        JsonNode general = api.awaitSentTo(GROUP, 2, WAIT).get(1);
        assertFalse(general.has("message_thread_id"), "a General-topic message's thread id is never sent back");
        api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message thread not found\"}");
        MoreUpdates.forumText(api, GROUP, 23, 88, true, "/ask@" + FakeBotApi.BOT_USERNAME + " how much commission?");
        JsonNode retried = api.awaitSentTo(GROUP, 3, WAIT).get(2);
        assertFalse(retried.has("message_thread_id"), "a thread Telegram cannot find is dropped, the reply kept");
        assertTrue(retried.has("reply_parameters"));
    }

    @Test
    void listenModeCanBeSetForOneForumTopic() throws Exception {
        MoreUpdates.forumText(api, GROUP, GROUP_ADMIN, 77, true, "/listen@" + FakeBotApi.BOT_USERNAME + " on");
        assertTrue(api.awaitSentTo(GROUP, 1, WAIT).get(0).path("text").asText().startsWith("Saved."));
        assertEquals(Map.of(77, true), h.community.settings().get(GROUP).topicListen());
        assertFalse(h.community.settings().get(GROUP).listen(), "the rest of the group is unchanged");
        MoreUpdates.forumText(api, GROUP, 24, 88, true, "what fee do they charge?");
        MoreUpdates.forumText(api, GROUP, 24, 77, true, "what fee do they charge?");
        JsonNode answered = api.awaitSentTo(GROUP, 2, WAIT).get(1);
        assertEquals(77, answered.path("message_thread_id").asInt(), "answered unaddressed in the listening topic only");
        assertTrue(answered.path("text").asText().startsWith(CORE.entry("fees", Lang.EN).body()));
        // Updates are handled in order and a chat's messages go out in order: an answer in topic 88 would have come first.
        assertEquals(2, api.sentTo(GROUP).size(), "topic 88 stays quiet");
    }
}
