package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.testing.TestFaq;
import faqbot.text.Messages;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The bot end to end: real wiring and the library's HTTP client against the fake Bot API on loopback. */
class TelegramBotTest extends RunningBotTest {
    private static final FaqBot CORE = TestFaq.bot();
    private static final String WARNINGS_EN = CORE.replies().warnings(Lang.EN);
    private static final String WARNINGS_KO = CORE.replies().warnings(Lang.KO);
    private static final long GROUP = -1001234567890L;


    private static String answerOf(String id, Lang lang) {
        return CORE.entry(id, lang).body();
    }

    private static List<String> buttonData(JsonNode sent) {
        return StreamSupport.stream(sent.path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .map(b -> b.path("callback_data").asText()).toList();
    }

    @Test
    void startupAsksForTheBotAndSetsTheMenu() throws Exception {
        assertEquals(FakeBotApi.BOT_USERNAME, h.bot.username());
        assertEquals(1, api.requests("getMe").size());
        assertEquals(1, api.requests("deleteWebhook").size());
        List<FakeBotApi.Request> menus = api.requests("setMyCommands");
        assertEquals(4, menus.size(), "everyone's menu and the group admins' menu, each in English and Korean");
        assertTrue(menus.stream().anyMatch(r -> r.body().path("language_code").asText().equals("ko")));
        assertTrue(menus.get(0).body().path("commands").toString().contains("\"ask\""));
    }

    @Test
    void privateQuestionIsAnsweredWithWarnings() throws Exception {
        api.privateText(11, "en", "is it legal?");
        List<JsonNode> sent = api.awaitSentTo(11, 1, WAIT);
        assertEquals(1, sent.size());
        String text = sent.get(0).path("text").asText();
        assertTrue(text.startsWith(answerOf("legality", Lang.EN)), text);
        assertTrue(text.endsWith(WARNINGS_EN), text);
        assertEquals("html", sent.get(0).path("parse_mode").asText().toLowerCase(java.util.Locale.ROOT), "formatted; the fake parsed it strictly");
        assertFalse(sent.get(0).has("reply_parameters"), "no threading needed in a private chat");
        assertTrue(buttonData(sent.get(0)).contains("en:scams"), "related entries as buttons");
        assertEquals("legality", h.answered.get(0).answer().match().id().orElseThrow());
    }

    @Test
    void koreanQuestionIsAnsweredInKorean() throws Exception {
        api.privateText(12, "en", "이거 불법인가요?");
        String text = api.awaitSentTo(12, 1, WAIT).get(0).path("text").asText();
        assertTrue(text.startsWith(answerOf("legality", Lang.KO)), text);
        assertTrue(text.endsWith(WARNINGS_KO), text);
    }

    @Test
    void englishQuestionFromAKoreanTelegramIsAnsweredInKorean() throws Exception {
        api.privateText(13, "ko-KR", "is it legal?");
        String text = api.awaitSentTo(13, 1, WAIT).get(0).path("text").asText();
        assertTrue(text.startsWith(answerOf("legality", Lang.KO)), text);
        assertTrue(text.endsWith(WARNINGS_KO));
    }

    @Test
    void groupMentionIsAnsweredAsThreadedReply() throws Exception {
        ObjectNode q = api.groupText(GROUP, 21, "hey @" + FakeBotApi.BOT_USERNAME + " what fee do they charge?");
        JsonNode sent = api.awaitSentTo(GROUP, 1, WAIT).get(0);
        assertEquals(q.get("message_id").asInt(), sent.path("reply_parameters").path("message_id").asInt());
        assertTrue(sent.path("text").asText().startsWith(answerOf("fees", Lang.EN)));
        assertTrue(sent.path("text").asText().endsWith(WARNINGS_EN));
    }

    @Test
    void unaddressedGroupChatterGetsNoReply() throws Exception {
        api.groupText(GROUP, 22, "is it legal? asking for a friend");
        api.groupText(GROUP, 22, "/help@other_bot");
        api.push(api.update("message", api.message(api.chat(GROUP, "supergroup"), api.user(77, "en", true),
                "@" + FakeBotApi.BOT_USERNAME + " is it legal?")));
        api.sticker(GROUP, "supergroup", 22);
        ObjectNode addressed = api.groupText(GROUP, 22, "/ask@" + FakeBotApi.BOT_USERNAME + " is it a scam?");
        List<JsonNode> sent = api.awaitSentTo(GROUP, 1, WAIT);
        Thread.sleep(200);
        sent = api.sentTo(GROUP);
        assertEquals(1, sent.size(), "only the /ask@bot question is answered: " + sent);
        assertEquals(addressed.get("message_id").asInt(), sent.get(0).path("reply_parameters").path("message_id").asInt());
        assertTrue(sent.get(0).path("text").asText().startsWith(answerOf("scams", Lang.EN)));
    }

    @Test
    void replyToTheBotInAGroupIsAnswered() throws Exception {
        ObjectNode q = api.groupReplyToBot(GROUP, 23, "and how much commission?", 8000);
        JsonNode sent = api.awaitSentTo(GROUP, 1, WAIT).get(0);
        assertEquals(q.get("message_id").asInt(), sent.path("reply_parameters").path("message_id").asInt());
        assertTrue(sent.path("text").asText().startsWith(answerOf("fees", Lang.EN)));
    }

    @Test
    void startHelpAndTopicsAnswerAndAButtonPressSendsItsEntry() throws Exception {
        api.privateText(14, "en", "/start");
        api.privateText(14, "en", "/help");
        api.privateText(14, "en", "/topics");
        List<JsonNode> sent = api.awaitSentTo(14, 3, WAIT);
        assertEquals(3, sent.size());
        assertEquals(CORE.replies().start(Lang.EN, FakeBotApi.BOT_USERNAME).text(), sent.get(0).path("text").asText());
        String help = sent.get(1).path("text").asText();
        assertTrue(help.startsWith(CORE.replies().help(Lang.EN, FakeBotApi.BOT_USERNAME).body()), help);
        assertTrue(help.contains(Messages.bundled().get(Lang.EN, "admin.help")), "the community commands are listed: " + help);
        assertEquals(List.of("en:legality", "en:scams", "en:fees"), buttonData(sent.get(2)));
        assertTrue(sent.get(2).path("text").asText().endsWith(WARNINGS_EN));

        int pressed = api.press(14, "en", 9999, "en:fees");
        List<FakeBotApi.Request> acks = api.await("answerCallbackQuery", r -> true, 1, WAIT);
        assertEquals("cb-9999-en:fees", acks.get(0).body().path("callback_query_id").asText());
        // In a private chat the button changes the message it is on.
        JsonNode entry = api.await("editMessageText", r -> true, 1, WAIT).get(0).body();
        assertEquals(9999, entry.path("message_id").asInt());
        assertTrue(entry.path("text").asText().startsWith(answerOf("fees", Lang.EN)));
        assertTrue(entry.path("text").asText().endsWith(WARNINGS_EN));
        assertTrue(pressed > 0);
    }

    @Test
    void stickerInAPrivateChatGetsAHint() throws Exception {
        api.sticker(15, "private", 15);
        JsonNode sent = api.awaitSentTo(15, 1, WAIT).get(0);
        assertEquals(CORE.replies().hint(Lang.EN).text(), sent.path("text").asText());
    }

    @Test
    void maximumLengthMessageIsAnsweredWithinTheLimit() throws Exception {
        String filler = "legal ".repeat(700);
        String text = (filler + "x".repeat(4096)).substring(0, 4096);
        api.privateText(16, "en", text);
        JsonNode sent = api.awaitSentTo(16, 1, WAIT).get(0);
        String reply = sent.path("text").asText();
        assertTrue(reply.length() <= 4096);
        assertTrue(reply.endsWith(WARNINGS_EN));
    }

    @Test
    void editedMessageAndChannelPostDoNotStopTheBot() throws Exception {
        api.push(api.update("edited_message", api.message(api.chat(17, "private"), api.user(17, "en", false), "is it legal?")));
        api.push(api.update("channel_post", api.message(api.chat(-100777, "channel"), null, "@" + FakeBotApi.BOT_USERNAME + " legal?")));
        api.privateText(17, "en", "is it a scam?");
        List<JsonNode> sent = api.awaitSentTo(17, 1, WAIT);
        Thread.sleep(200);
        assertEquals(1, api.sentTo(17).size(), "the edit is not answered, the question after it is");
        assertTrue(sent.get(0).path("text").asText().startsWith(answerOf("scams", Lang.EN)));
        assertTrue(api.sentTo(-100777).isEmpty());
    }

    @Test
    void tooManyRequestsWaitsRetryAfterThenDeliversOnce() throws Exception {
        api.failNextWith429("sendMessage", 1);
        api.privateText(18, "en", "is it legal?");
        List<JsonNode> sent = api.awaitSentTo(18, 1, WAIT);
        assertEquals(1, sent.size());
        List<FakeBotApi.Request> attempts = api.requests("sendmessage");
        assertEquals(2, attempts.size(), "one refused, one delivered");
        long waitedMs = (attempts.get(1).atNanos() - attempts.get(0).atNanos()) / 1_000_000;
        assertTrue(waitedMs >= 950, "waited retry_after (1 s), waited " + waitedMs + " ms");
        Thread.sleep(200);
        assertEquals(1, api.sentTo(18).size(), "delivered exactly once");
    }

    @Test
    void serverErrorIsRetriedThenDeliversOnce() throws Exception {
        api.failNextWith500Page("sendMessage");
        api.failNextWith500Page("sendMessage");
        api.privateText(19, "en", "is it a scam?");
        List<JsonNode> sent = api.awaitSentTo(19, 1, WAIT);
        assertEquals(1, sent.size());
        assertEquals(3, api.requests("sendmessage").size());
        Thread.sleep(200);
        assertEquals(1, api.sentTo(19).size());
    }

    @Test
    void failingGetUpdatesIsRetried() throws Exception {
        api.failNextWith500Page("getUpdates");
        api.failNextWith429("getUpdates", 1);
        api.privateText(20, "en", "is it legal?");
        assertEquals(1, api.awaitSentTo(20, 1, WAIT).size());
    }

    @Test
    void offsetAdvancesSoNothingIsHandledTwice() throws Exception {
        int first = api.privateText(24, "en", "is it legal?");
        int second = api.privateText(24, "en", "is it a scam?");
        api.awaitSentTo(24, 2, WAIT);
        // The next poll confirms both.
        api.await("getUpdates", r -> r.body().path("offset").asInt() == second + 1, 1, WAIT);
        assertEquals(second + 1, api.confirmedBelow());
        // Telegram serves the first again (a lost confirmation): it must not be answered twice.
        api.redeliver(first, api.update("message", api.message(api.chat(24, "private"), api.user(24, "en", false), "is it legal?")));
        api.privateText(24, "en", "what fee do they charge?");
        api.awaitSentTo(24, 3, WAIT);
        Thread.sleep(300);
        List<JsonNode> sent = api.sentTo(24);
        assertEquals(3, sent.size(), "three questions, three answers");
        assertTrue(sent.get(2).path("text").asText().startsWith(answerOf("fees", Lang.EN)));
        List<Integer> offsets = api.requests("getUpdates").stream().map(r -> r.body().path("offset").asInt()).toList();
        for (int i = 1; i < offsets.size(); i++) {
            assertTrue(offsets.get(i) >= offsets.get(i - 1), "offsets never go back: " + offsets);
        }
    }

    @Test
    void anUpdateTheLibraryCannotReadIsSkippedAndTheNextOnesAreAnswered() throws Exception {
        api.privateText(27, "en", "is it legal?");
        // A message whose date is not a number: the whole getUpdates answer fails to map.
        com.fasterxml.jackson.databind.node.ObjectNode bad = api.message(api.chat(27, "private"), api.user(27, "en", false), "is it a scam?");
        bad.put("date", "yesterday");
        int badId = api.push(api.update("message", bad));
        api.privateText(27, "en", "what fee do they charge?");
        List<JsonNode> sent = api.awaitSentTo(27, 2, WAIT);
        assertEquals(2, sent.size(), "the readable questions before and after it are answered");
        assertTrue(sent.get(1).path("text").asText().startsWith(answerOf("fees", Lang.EN)));
        api.await("getUpdates", r -> r.body().path("offset").asInt() > badId + 1, 1, WAIT);
        assertTrue(api.confirmedBelow() > badId + 1, "polling moved past the unreadable update");
    }

    @Test
    void floodingUserInAGroupGetsOneNoticeThenSilence() throws Exception {
        for (int i = 0; i < 8; i++) {
            api.groupText(GROUP, 25, "@" + FakeBotApi.BOT_USERNAME + " is it legal? " + i);
        }
        api.groupText(GROUP, 26, "@" + FakeBotApi.BOT_USERNAME + " is it a scam?");
        List<JsonNode> sent = api.awaitSentTo(GROUP, 7, WAIT);
        Thread.sleep(300);
        sent = api.sentTo(GROUP);
        assertEquals(7, sent.size(), "5 answers, 1 notice, then silence; another user still answered");
        assertTrue(sent.get(5).path("text").asText().startsWith(Messages.bundled().get(Lang.EN, "chat.flood")));
        assertTrue(sent.get(5).path("text").asText().endsWith(WARNINGS_EN));
        assertTrue(sent.get(6).path("text").asText().startsWith(answerOf("scams", Lang.EN)));
    }
}
