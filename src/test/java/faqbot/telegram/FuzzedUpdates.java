package faqbot.telegram;

import static faqbot.testing.Gen.weight;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Update JSON shaped after the Bot API types, with what each update must cause known by
 * construction, for {@link UpdateFuzzPropertyTest}: kept apart so the test reads as the property.
 */
final class FuzzedUpdates {
    static final String BOT = "faq_bot";
    static final long BOT_ID = 4242;
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
     * @param label         for the tally of what was generated, e.g. "message/supergroup"
     */
    record Fuzzed(String json, boolean silentByRule, String label) {
        @Override
        public String toString() {
            return label + " " + (json.length() > 2000 ? json.substring(0, 2000) + "...(" + json.length() + " chars)" : json);
        }
    }

    private static final List<String> KINDS = List.of("message", "message", "message", "message", "message", "message", "message",
            "message", "edited_message", "channel_post", "callback_query", "callback_query", "my_chat_member", "message_reaction", "poll", "");
    private static final List<String> CHAT_TYPES = List.of("private", "private", "group", "group", "supergroup", "supergroup",
            "supergroup", "channel", "", "Group", "secret");
    private static final List<Long> EDGE_IDS = List.of(0L, -1L, 1L, BOT_ID, Long.MAX_VALUE, Long.MIN_VALUE, -1001234567890L,
            (long) Integer.MAX_VALUE + 1);
    private static final List<Integer> EDGE_NUMBERS = List.of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE);
    private static final List<String> EDGE_TEXTS = List.of("is it legal?", "이거 불법인가요?", "수수료 얼마예요?", "what fee do they charge?", "",
            " ", "\n\n", "\u202Eevil\u202C", "\u0000", "e\u0301\u0301\u0301", "👨‍👩‍👧‍👦🇰🇷", "\uD83D", "\uDE00x", "ㅋㅋㅋ",
            "\uFEFFis it legal", "한국어\u200B질문");

    static Gen<Fuzzed> updates() {
        Gen<String> kind = Gen.of(KINDS);
        Gen<String> chatType = Gen.of(CHAT_TYPES);
        Gen<Prefix> prefix = Gen.of(Prefix.class);
        Gen<String> texts = texts();
        // Uniform, so that every optional field is present about half the time.
        Gen<Long> flags = Gen.uniformLongs();
        Gen<Long> ids = Gen.oneOf(Gen.uniformLongs(), Gen.of(EDGE_IDS));
        Gen<Integer> numbers = Gen.ints();
        return r -> build(kind.next(r), chatType.next(r), prefix.next(r), texts.next(r), flags.next(r), ids.next(r), numbers.next(r));
    }

    /**
     * Every kind of update in every kind of chat, once with no optional bit set and once with all of
     * them, cycling through the prefixes, the fixed texts and the extreme ids and numbers.
     */
    static List<Fuzzed> edges() {
        List<Fuzzed> out = new ArrayList<>();
        int i = 0;
        for (String kind : Set.copyOf(KINDS).stream().sorted().toList()) {
            for (String chatType : Set.copyOf(CHAT_TYPES).stream().sorted().toList()) {
                for (long flags : List.of(0L, -1L)) {
                    Prefix prefix = Prefix.values()[i % Prefix.values().length];
                    out.add(build(kind, chatType, prefix, EDGE_TEXTS.get(i % EDGE_TEXTS.size()), flags,
                            EDGE_IDS.get(i % EDGE_IDS.size()), EDGE_NUMBERS.get(i % EDGE_NUMBERS.size())));
                    i++;
                }
            }
        }
        // Each prefix on a plain message in a private chat and in a group.
        for (Prefix prefix : Prefix.values()) {
            for (String chatType : List.of("private", "group")) {
                out.add(build("message", chatType, prefix, "is it legal?", 0L, 1L, 1));
            }
        }
        return out;
    }

    private static Gen<String> texts() {
        return Gen.frequency(
                weight(4, Gen.anyChars(0, 80)),
                weight(3, Gen.of(EDGE_TEXTS)),
                weight(2, Gen.chars("가나다라 legalscam수수료\n\t!?.,", 1, 300)),
                weight(1, Gen.chars("가 a\n.", 4_000, 12_000)));
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

    private FuzzedUpdates() {
    }
}
