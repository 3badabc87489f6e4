package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.store.UnansweredLog;
import faqbot.store.UnansweredRecord;
import faqbot.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reload, the unanswered log, /stats and the admin menus, end to end through the real client and the fake Bot API. */
class CommunityDataTest extends CommunityEndToEnd {
    // ---- reload

    private Path faqCopy() throws Exception {
        Path source = Path.of(CommunityDataTest.class.getResource("/telegram-faq/warnings.json").toURI()).getParent();
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
        assertTrue(refused.startsWith(Messages.bundled().get(Lang.EN, "admin.botAdminsOnly", "/stats")), refused);
        assertTrue(groupSays(GROUP_ADMIN, "/stats").startsWith(Messages.bundled().get(Lang.EN, "admin.botAdminsOnly", "/stats")));
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
