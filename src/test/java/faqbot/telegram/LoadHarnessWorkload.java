package faqbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The updates of one load run, generated up front from a seed: questions in private chats and
 * addressed questions in groups (mention, /ask, /ask@bot, reply to the bot), Korean and English,
 * mixed with group chatter the bot must not answer; each item knows whether it expects a reply.
 */
final class LoadHarnessWorkload {
    /**
     * The shape of a run.
     *
     * @param updates      updates in all, e.g. 20,000
     * @param questions    of which addressed to the bot, e.g. 3,000 (the rest is group chatter)
     * @param chats        distinct chats, e.g. 600
     * @param privateShare share of the chats that are private, e.g. 0.5
     * @param members      users per group, e.g. 12
     * @param seed         e.g. 42
     */
    record Shape(int updates, int questions, int chats, double privateShare, int members, long seed) {
        Shape {
            if (questions > updates || questions < 0 || chats < 2 || members < 1) {
                throw new IllegalArgumentException("bad load shape: " + this);
            }
        }

        int privateChats() {
            return Math.max(1, (int) Math.round(chats * privateShare));
        }

        int groups() {
            return Math.max(1, chats - privateChats());
        }

        int users() {
            return privateChats() + groups() * members;
        }
    }

    /**
     * One update to push.
     *
     * @param json      the update without update_id
     * @param chatId    e.g. -1001000000004
     * @param messageId the message's id, which a group reply must quote
     * @param addressed whether exactly one reply is expected
     * @param form      how it was written, e.g. "mention", "ask", "chatter", for the report
     */
    record Item(String json, long chatId, int messageId, boolean addressed, String form) {
        boolean group() {
            return chatId < 0;
        }
    }

    private static final String BOT = FakeBotApi.BOT_USERNAME;
    private static final List<String> CHATTER = List.of(
            "good morning everyone", "anyone up for lunch?", "lol", "the meeting moved to 3pm", "thanks!",
            "see you tomorrow", "did you watch the game yesterday", "ok", "👍👍", "that's a good idea",
            "안녕하세요", "점심 뭐 먹을까요?", "ㅋㅋㅋㅋ", "내일 봐요", "회의 3시로 바뀌었어요", "감사합니다!",
            "오늘 날씨 좋네요", "네 알겠습니다", "퇴근하고 싶다", "주말에 뭐 해요?");

    private final ObjectMapper json = new ObjectMapper();
    private final Shape shape;
    private final List<Item> items;

    LoadHarnessWorkload(Shape shape) {
        this.shape = shape;
        this.items = build(shape, questions());
    }

    Shape shape() {
        return shape;
    }

    List<Item> items() {
        return items;
    }

    long addressed() {
        return items.stream().filter(Item::addressed).count();
    }

    /** The evaluation set's questions, Korean and English, in scope and off topic. */
    private List<String> questions() {
        List<String> qs = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/faq/questions/questions.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode q = json.readTree(line).path("q");
                    if (q.isTextual() && !q.asText().isBlank() && !q.asText().strip().startsWith("/")) {
                        qs.add(q.asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation questions", e);
        }
        return qs;
    }

    private List<Item> build(Shape s, List<String> questions) {
        Random r = new Random(s.seed());
        int privates = s.privateChats();
        int groups = s.groups();
        // Which chat each update goes to and whether it is addressed; message ids follow the push order.
        List<boolean[]> plan = new ArrayList<>();
        for (int i = 0; i < s.updates(); i++) {
            plan.add(new boolean[] {i < s.questions()});
        }
        Collections.shuffle(plan, r);
        int[] nextAsker = new int[groups];
        // Groups where another bot has shown up: there a bare "/ask" may be that bot's, so ours rightly leaves it (issue 12).
        java.util.Set<Long> otherBots = new java.util.HashSet<>();
        List<Item> out = new ArrayList<>(s.updates());
        int messageId = 1;
        for (boolean[] p : plan) {
            boolean addressed = p[0];
            int mid = messageId++;
            if (addressed) {
                int chat = r.nextInt(privates + groups);
                String q = questions.get(r.nextInt(questions.size()));
                if (chat < privates) {
                    long user = chat + 1;
                    String text = r.nextInt(20) == 0 ? "/help" : q;
                    out.add(new Item(update(message(mid, chat(user, "private"), user(user, lang(q, r), false), text)),
                            user, mid, true, "private"));
                } else {
                    int g = chat - privates;
                    // Askers take turns so nobody trips the flood guard (5 questions a minute per person).
                    long user = member(s, g, nextAsker[g]++ % s.members());
                    Item ask = groupQuestion(s, g, user, mid, q, r);
                    out.add(ask.form().equals("ask") && otherBots.contains(ask.chatId())
                            ? new Item(ask.json(), ask.chatId(), ask.messageId(), false, "ask, another bot here") : ask);
                }
            } else {
                int g = r.nextInt(groups);
                Item c = chatter(s, g, member(s, g, r.nextInt(s.members())), mid, questions, r);
                if (c.json().contains("@other_bot") || c.json().contains("\"is_bot\":true")) {
                    otherBots.add(c.chatId());
                }
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private Item groupQuestion(Shape s, int g, long user, int mid, String q, Random r) {
        ObjectNode chat = groupChat(g);
        long chatId = chat.get("id").asLong();
        String lang = lang(q, r);
        return switch (r.nextInt(5)) {
            case 0 -> new Item(update(message(mid, chat, user(user, lang, false), "@" + BOT + " " + q)), chatId, mid, true, "mention");
            case 1 -> new Item(update(message(mid, chat, user(user, lang, false), q + " @" + BOT)), chatId, mid, true, "mention");
            case 2 -> new Item(update(message(mid, chat, user(user, lang, false), "/ask " + q)), chatId, mid, true, "ask");
            case 3 -> new Item(update(message(mid, chat, user(user, lang, false), "/ask@" + BOT + " " + q)), chatId, mid, true, "ask@bot");
            default -> {
                ObjectNode m = message(mid, chat, user(user, lang, false), q);
                m.set("reply_to_message", message(4_000_000 + mid, chat, user(FakeBotApi.BOT_ID, null, true).put("username", BOT),
                        "earlier answer"));
                yield new Item(update(m), chatId, mid, true, "reply");
            }
        };
    }

    private Item chatter(Shape s, int g, long user, int mid, List<String> questions, Random r) {
        ObjectNode chat = groupChat(g);
        long chatId = chat.get("id").asLong();
        int kind = r.nextInt(20);
        ObjectNode m;
        if (kind < 12) {
            m = message(mid, chat, user(user, "en", false), CHATTER.get(r.nextInt(CHATTER.size())));
        } else if (kind < 15) {
            // A question the bot could answer, but nobody asked the bot.
            m = message(mid, chat, user(user, "ko", false), questions.get(r.nextInt(questions.size())));
        } else if (kind == 15) {
            m = message(mid, chat, user(user, "en", false), r.nextBoolean() ? "/help@other_bot" : "/ask@other_bot is it legal?");
        } else if (kind == 16) {
            m = message(mid, chat, user(900_000 + g, "en", true), "@" + BOT + " is it legal?");
        } else if (kind == 17) {
            m = message(mid, chat, user(user, "en", false), null);
            m.set("sticker", json.createObjectNode().put("file_id", "CAAC").put("file_unique_id", "u1").put("type", "regular")
                    .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
        } else if (kind == 18) {
            m = message(mid, chat, user(user, "en", false), "mail me at someone@" + BOT + "s.example or @" + BOT + "_fan");
        } else {
            m = message(mid, chat, user(user, "en", false), "I agree with you");
            m.set("reply_to_message", message(mid - 1, chat, user(member(s, g, 0), "en", false), "what do you think?"));
        }
        return new Item(update(m), chatId, mid, false, "chatter");
    }

    private static long member(Shape s, int g, int k) {
        return 1_000_000L + (long) g * s.members() + k;
    }

    private static String lang(String question, Random r) {
        boolean hangul = question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        return hangul || r.nextInt(4) == 0 ? "ko" : "en";
    }

    private ObjectNode groupChat(int g) {
        // Even groups are supergroups (-100...), odd ones basic groups, as Telegram numbers them.
        return g % 2 == 0 ? json.createObjectNode().put("id", -1_001_000_000_000L - g).put("type", "supergroup").put("title", "Group " + g)
                : json.createObjectNode().put("id", -100_000L - g).put("type", "group").put("title", "Group " + g);
    }

    private ObjectNode chat(long id, String type) {
        return json.createObjectNode().put("id", id).put("type", type);
    }

    private ObjectNode user(long id, String languageCode, boolean bot) {
        ObjectNode u = json.createObjectNode().put("id", id).put("is_bot", bot).put("first_name", bot ? "Bot" : "User" + id);
        if (languageCode != null) {
            u.put("language_code", languageCode);
        }
        return u;
    }

    private ObjectNode message(int id, ObjectNode chat, ObjectNode from, String text) {
        ObjectNode m = json.createObjectNode().put("message_id", id).put("date", 1_760_000_000L);
        m.set("chat", chat);
        m.set("from", from);
        if (text != null) {
            m.put("text", text);
        }
        return m;
    }

    private String update(ObjectNode message) {
        try {
            return json.writeValueAsString(json.createObjectNode().set("message", message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
