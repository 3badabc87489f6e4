package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.chat.Addressing;
import faqbot.chat.AnswerListener;
import faqbot.chat.CommandHook;
import faqbot.chat.Conversation;
import faqbot.chat.Decision;
import faqbot.chat.FloodGuard;
import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.ops.BotMetrics;
import faqbot.telegram.send.Backoff;
import faqbot.telegram.format.StrictTelegramHtml;
import faqbot.telegram.send.Outgoing;
import faqbot.telegram.send.Pacer;
import faqbot.telegram.send.SendQueue;
import faqbot.telegram.format.HtmlSplitter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Issue 5 item 5, update half: random update JSON shaped after the Bot API types, read by the
 * library's own Jackson setup exactly as the poller's getUpdates call reads it, then handled by the
 * UpdateMapper and Conversation without HTTP. Nothing may throw, every message must carry the
 * warnings within 4,096 characters, and a group that did not address the bot gets nothing.
 */
class UpdateFuzzPropertyTest {
    private static final String BOT = "faq_bot";
    private static final long BOT_ID = 4242;
    private static final FaqBot CORE = shippedCore();
    private static final String WARNINGS_EN = CORE.replies().warnings(Lang.EN);
    private static final String WARNINGS_KO = CORE.replies().warnings(Lang.KO);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the text begins; the first three never address the bot, whatever follows (no '@' or '/' is added). */
    enum Prefix {
        NONE(""), OTHER_BOT_COMMAND("/help@other_bot "), LOOKALIKE_MENTION("mail@" + BOT + " @" + BOT + "_fan @" + BOT + "s "),
        MENTION("@" + BOT + " "), MENTION_UPPER("@FAQ_BOT, "), ASK("/ask "), ASK_BOT("/ask@" + BOT + " "), START("/start"),
        HELP_BOT("/help@" + BOT), UNKNOWN_COMMAND("/fees "), EMPTY_ASK("/ask");

        final String text;

        Prefix(String text) {
            this.text = text;
        }

        boolean neverAddresses() {
            return this == NONE || this == OTHER_BOT_COMMAND || this == LOOKALIKE_MENTION;
        }
    }

    /**
     * One generated update and what the test knows about it by construction.
     *
     * @param json          the update as Telegram would send it (or worse)
     * @param silentByRule  the bot must send nothing at all for it
     * @param label         for jqwik's statistics, e.g. "message/supergroup"
     */
    record Fuzzed(String json, boolean silentByRule, String label) {
        @Override
        public String toString() {
            return label + " " + (json.length() > 2000 ? json.substring(0, 2000) + "...(" + json.length() + " chars)" : json);
        }
    }

    @Property(tries = 1500)
    void anyUpdateIsHandledSafelyAndOnlyAddressedChatsGetMessages(@ForAll("updates") Fuzzed f) throws Exception {
        List<Update> updates;
        try {
            updates = GetUpdates.builder().build().deserializeResponse("{\"ok\":true,\"result\":[" + f.json() + "]}");
        } catch (TelegramApiRequestException e) {
            // Only updates made ill-typed on purpose may fail to parse; BotApi reports this as a transient getUpdates failure.
            assertTrue(f.label().contains("wrong-type"), "a well-typed update failed to parse: " + e + " " + f);
            Statistics.collect("unparseable batch", "silent");
            return;
        }
        assertEquals(1, updates.size());
        Update u = updates.get(0);
        Conversation conversation = conversation();
        Decision h;
        try {
            h = conversation.handle(new UpdateMapper(BOT_ID).map(u));
        } catch (NullPointerException e) {
            // Known bug (docs/load.md, messageWithoutChatIsIgnored): UpdateMapper dereferences a missing chat. Telegram
            // always sends one; the poller's catch-all logs and skips the update, checked here on the real path.
            assertTrue(f.label().startsWith("message/no-chat"), "exception escaped the update handling: " + e + " " + f);
            assertEquals(List.of(), throughPoller(u), "a skipped update queues nothing");
            Statistics.collect("message/no-chat: mapper NPE, skipped by the poller", "silent");
            return;
        }
        List<Outgoing> calls = Renderer.calls(u.getUpdateId() == null ? 0 : u.getUpdateId(), h);
        Statistics.collect(f.label().replace(" wrong-type", ""), calls.isEmpty() ? "silent" : "replied");
        for (Outgoing call : calls) {
            if (call instanceof Outgoing.Message m) {
                String shown = m.html() ? StrictTelegramHtml.parse(m.text()) : m.text();
                assertEquals(m.plain(), shown, "the plain fallback is the text Telegram shows");
                assertTrue(shown.length() <= HtmlSplitter.TELEGRAM_LIMIT, "over 4,096 characters: " + shown.length());
                assertTrue(shown.endsWith(WARNINGS_EN) || shown.endsWith(WARNINGS_KO), "no warnings: " + shown);
            }
        }
        if (f.silentByRule()) {
            assertEquals(List.of(), calls, "sent to a chat that did not address the bot");
        }
    }

    /** A message without "chat" is ignored rather than thrown on: there is nobody to answer. */
    @Example
    void messageWithoutChatIsIgnored() throws Exception {
        Update u = GetUpdates.builder().build().deserializeResponse("{\"ok\":true,\"result\":[{\"update_id\":1,\"message\":"
                + "{\"message_id\":1,\"date\":1760000000,\"text\":\"is it legal?\"}}]}").get(0);
        assertEquals(List.of(), conversation().handle(new UpdateMapper(BOT_ID).map(u)).posts());
    }

    /** The calls the real Poller queues for the update (its handle never throws; failures are logged and skipped). */
    private static List<Outgoing> throughPoller(Update u) {
        TelegramConfig config = TelegramConfig.of(FakeBotApi.TOKEN, URI.create("http://127.0.0.1:9"));
        SendQueue queue = new SendQueue(call -> { }, new Pacer(Clock.systemUTC()), Backoff.DEFAULTS, 1, Clock.systemUTC(), BotMetrics.NONE);
        // The poller logs the skipped update as an error with its stack trace; logback-test.xml keeps it off the console.
        try (BotApi api = new BotApi(config, new TokenRedactor(FakeBotApi.TOKEN))) {
            new Poller(api, new UpdateMapper(BOT_ID), conversation(), queue, config, new TokenRedactor(FakeBotApi.TOKEN), BotMetrics.NONE).handle(u);
        }
        return queue.drain(Duration.ZERO);
    }

    private static Conversation conversation() {
        return new Conversation(new AtomicReference<>(CORE), new Addressing(BOT), new FloodGuard(Clock.systemUTC()),
                AnswerListener.NONE, CommandHook.NONE);
    }

    @Provide
    Arbitrary<Fuzzed> updates() {
        Arbitrary<String> kind = Arbitraries.of("message", "message", "message", "message", "message", "message", "message", "message",
                "edited_message", "channel_post",
                "callback_query", "callback_query", "my_chat_member", "message_reaction", "poll", "");
        Arbitrary<String> chatType = Arbitraries.of("private", "private", "group", "group", "supergroup", "supergroup", "supergroup",
                "channel", "", "Group", "secret");
        Arbitrary<Prefix> prefix = Arbitraries.of(Prefix.class);
        // Uniform, so that every optional field is present about half the time (the default favours small numbers).
        Arbitrary<Long> flags = Arbitraries.longs().withDistribution(RandomDistribution.uniform());
        Arbitrary<Long> ids = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, -1L, 1L, BOT_ID, Long.MAX_VALUE, Long.MIN_VALUE,
                -1001234567890L, (long) Integer.MAX_VALUE + 1));
        Arbitrary<Integer> numbers = Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE));
        return Combinators.combine(kind, chatType, prefix, texts(), flags, ids, numbers).as(UpdateFuzzPropertyTest::build);
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().all().ofMaxLength(80)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("is it legal?", "이거 불법인가요?", "수수료 얼마예요?", "what fee do they charge?", "",
                        " ", "\n\n", "\u202Eevil\u202C", "\u0000", "e\u0301\u0301\u0301", "👨‍👩‍👧‍👦🇰🇷", "\uD83D", "\uDE00x", "ㅋㅋㅋ",
                        "\uFEFFis it legal", "한국어\u200B질문")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("가나다라 legalscam수수료\n\t!?.,").ofMinLength(1).ofMaxLength(300)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("가 a\n.").ofMinLength(4_000).ofMaxLength(12_000)));
    }

    private static Fuzzed build(String kind, String chatType, Prefix prefix, String body, long flags, long id, int number) {
        // date 0 is the library's mark of an inaccessible message, legal only under a button press: anywhere
        // else it fails the whole batch, as a wrong type does.
        boolean dateZero = bit(flags, 21) && bit(flags, 27) && bit(flags, 28) && bit(flags, 31);
        boolean wrongType = bit(flags, 11) && bit(flags, 12) && bit(flags, 29) && bit(flags, 30) || dateZero && !kind.equals("callback_query");
        boolean noChat = bit(flags, 0) && bit(flags, 25) && bit(flags, 26);
        ObjectNode chat = JSON.createObjectNode().put("id", bit(flags, 18) ? -Math.abs(id) : id).put("type", chatType);
        if (!chatType.equals("private")) {
            chat.put("title", body.length() > 50 ? body.substring(0, 50) : body);
        }
        ObjectNode from = JSON.createObjectNode().put("id", bit(flags, 20) ? BOT_ID : Math.abs(id % 1_000_000) + 1)
                .put("is_bot", bit(flags, 2)).put("first_name", "U");
        if (bit(flags, 14)) {
            from.put("language_code", bit(flags, 15) ? "ko" : bit(flags, 16) ? "ko-KR" : "xx-\u00e9");
        }
        // Without '@' and '/' a never-addressing prefix stays never-addressing, whatever the random body is.
        String text = (bit(flags, 22) ? " \t" : "") + prefix.text + (prefix.neverAddresses() ? body.replace('@', '#').replace('/', '|') : body);
        ObjectNode message = JSON.createObjectNode();
        if (!bit(flags, 15) || !bit(flags, 16)) {
            message.put("message_id", number);
        }
        message.put("date", dateZero ? 0 : 1_760_000_000);
        if (!noChat) {
            message.set("chat", chat);
        }
        if (!bit(flags, 1)) {
            message.set("from", from);
        }
        boolean hasText = !bit(flags, 9);
        if (hasText) {
            message.put("text", text);
        } else if (bit(flags, 10)) {
            message.set("sticker", JSON.createObjectNode().put("file_id", "CAAC").put("file_unique_id", "u").put("type", "regular")
                    .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
        }
        boolean replyToBot = false;
        if (bit(flags, 3)) {
            ObjectNode replied = JSON.createObjectNode().put("message_id", number / 2).put("date", 1_760_000_000);
            replied.set("chat", chat);
            boolean fromBot = bit(flags, 4);
            replied.set("from", JSON.createObjectNode().put("id", fromBot ? BOT_ID : 77).put("is_bot", fromBot).put("first_name", "R"));
            if (bit(flags, 5)) {
                replied.set("forum_topic_created", JSON.createObjectNode().put("name", "topic").put("icon_color", 7322096));
            }
            message.set("reply_to_message", replied);
            replyToBot = fromBot && !bit(flags, 5);
        }
        if (bit(flags, 6)) {
            ArrayNode entities = message.putArray("entities");
            entities.addObject().put("type", "mention").put("offset", number).put("length", (int) (id % 1000));
            entities.addObject().put("type", "bot_command").put("offset", -5).put("length", Integer.MAX_VALUE);
            entities.addObject().put("type", "text_link").put("offset", 0).put("length", 3).put("url", "javascript:alert(1)");
        }
        if (bit(flags, 7)) {
            message.set("via_bot", JSON.createObjectNode().put("id", 99).put("is_bot", true).put("first_name", "V").put("username", BOT));
        }
        if (bit(flags, 8)) {
            message.set("sender_chat", JSON.createObjectNode().put("id", bit(flags, 17) ? chat.get("id").asLong() : -100777).put("type", "channel"));
        }
        if (bit(flags, 10) && hasText) {
            message.put("is_topic_message", true).put("message_thread_id", number);
        }
        if (wrongType && !dateZero) {
            switch ((int) ((flags >>> 24) & 3)) {
                case 0 -> message.put("message_id", "not a number");
                case 1 -> message.put("chat", "not an object");
                case 2 -> message.putArray("text").add(1);
                default -> message.put("entities", "not an array");
            }
        }

        ObjectNode update = JSON.createObjectNode();
        if (!bit(flags, 19)) {
            update.put("update_id", bit(flags, 23) ? -Math.abs(number) : number);
        }
        String payloadKind = kind.isEmpty() ? "unknown_kind" : kind;
        switch (payloadKind) {
            case "callback_query" -> {
                ObjectNode q = JSON.createObjectNode().put("id", Long.toString(id)).put("chat_instance", "ci");
                q.set("from", from);
                if (!bit(flags, 13)) {
                    q.put("data", bit(flags, 16) ? body : bit(flags, 17) ? "ko:fees" : "en:../../etc");
                }
                if (!bit(flags, 24)) {
                    q.set("message", message);
                }
                update.set("callback_query", q);
            }
            case "my_chat_member" -> {
                ObjectNode m = JSON.createObjectNode().put("date", 1_760_000_000);
                m.set("chat", chat);
                m.set("from", from);
                m.set("old_chat_member", JSON.createObjectNode().put("status", "left").set("user", from));
                m.set("new_chat_member", JSON.createObjectNode().put("status", "member").set("user", from));
                update.set("my_chat_member", m);
            }
            case "message_reaction" -> update.set("message_reaction", JSON.createObjectNode().put("message_id", number).set("chat", chat));
            case "poll" -> update.set("poll", JSON.createObjectNode().put("id", "p").put("question", body).put("total_voter_count", number));
            default -> update.set(payloadKind, message);
        }

        String type = noChat ? "no-chat" : chatType.toLowerCase(java.util.Locale.ROOT);
        boolean groupMessage = payloadKind.equals("message") && !noChat && Set.of("group", "supergroup").contains(type);
        boolean unaddressedGroup = groupMessage && (!hasText || prefix.neverAddresses() && !replyToBot);
        // The bot acts only on messages and button presses; everything else is silent whatever it contains.
        boolean silent = unaddressedGroup || !Set.of("message", "callback_query").contains(payloadKind)
                || payloadKind.equals("message") && !noChat && !Set.of("private", "group", "supergroup").contains(type);
        String label = payloadKind + "/" + (Set.of("private", "group", "supergroup", "no-chat").contains(type) ? type : "other-chat")
                + (wrongType ? " wrong-type" : "");
        return new Fuzzed(update.toString(), silent && !wrongType, label);
    }

    private static boolean bit(long flags, int n) {
        return (flags >>> n & 1) == 1;
    }

    private static FaqBot shippedCore() {
        try {
            return new FaqBot(new FaqLoader().load(Path.of("faq")));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the shipped FAQ", e);
        }
    }
}
