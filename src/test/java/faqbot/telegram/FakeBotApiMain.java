package faqbot.telegram;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Runs the fake Bot API by hand, to try the jar as a new user would:
 * {@code java -cp ... faqbot.telegram.FakeBotApiMain 8081}, then type lines such as
 * {@code private 11 is it legal?}, {@code group -100 22 @faq_test_bot is it legal?}, {@code sent};
 * {@code admin -100 22} makes user 22 an administrator of group -100 (getChatMember),
 * {@code anon -100 /listen on} posts as an anonymous admin, and {@code privacy off} (before the bot
 * starts) makes getMe report privacy mode off, as listen mode needs.
 */
public final class FakeBotApiMain {
    private FakeBotApiMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        FakeBotApi api = new FakeBotApi(FakeBotApi.TOKEN, port);
        System.out.println("fake Bot API on " + api.url() + ", token " + FakeBotApi.TOKEN + ", bot @" + FakeBotApi.BOT_USERNAME);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int seen = 0;
        while ((line = in.readLine()) != null) {
            String[] p = line.strip().split(" ", 4);
            switch (p[0]) {
                case "private" -> api.privateText(Long.parseLong(p[1]), "en", line.substring(line.indexOf(p[1]) + p[1].length() + 1));
                case "group" -> api.groupText(Long.parseLong(p[1]), Long.parseLong(p[2]), p[3]);
                case "admin" -> api.setMemberStatus(Long.parseLong(p[1]), Long.parseLong(p[2]), "administrator");
                case "anon" -> api.groupTextAsGroup(Long.parseLong(p[1]), line.strip().split(" ", 3)[2]);
                case "privacy" -> api.readAllGroupMessages("off".equals(p[1]));
                case "sleep" -> Thread.sleep(Long.parseLong(p[1]));
                case "sent" -> {
                    var sent = api.sent();
                    for (int i = seen; i < sent.size(); i++) {
                        var s = sent.get(i);
                        System.out.println("-> chat " + s.path("chat_id").asText() + " reply_to=" + s.path("reply_parameters").path("message_id").asText("-")
                                + " buttons=" + s.path("reply_markup").path("inline_keyboard").size() + " chars=" + s.path("text").asText().length()
                                + "\n   " + s.path("text").asText().replace("\n", "\n   "));
                    }
                    seen = sent.size();
                }
                default -> System.out.println("? " + line);
            }
        }
        api.close();
    }
}
