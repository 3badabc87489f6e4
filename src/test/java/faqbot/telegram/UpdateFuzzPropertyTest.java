package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import faqbot.store.StateDb;
import faqbot.telegram.format.HtmlSplitter;
import faqbot.telegram.format.StrictTelegramHtml;
import faqbot.telegram.send.Backoff;
import faqbot.telegram.send.DurableQueue;
import faqbot.telegram.send.Outgoing;
import faqbot.telegram.send.Pacer;
import faqbot.testing.Cases;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
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
    /** The poller's outbox; handle() only returns calls, so nothing reaches it, but the poller needs one. */
    private static final DurableQueue QUEUE = DurableQueue.open(StateDb.inMemory(), new Pacer(Clock.systemUTC()),
            Backoff.DEFAULTS, Duration.ofHours(1), call -> { }, Clock.systemUTC(), BotMetrics.NONE);
    private static final String BOT = FuzzedUpdates.BOT;
    private static final long BOT_ID = FuzzedUpdates.BOT_ID;
    private static final FaqBot CORE = shippedCore();
    private static final String WARNINGS_EN = CORE.replies().warnings(Lang.EN);
    private static final String WARNINGS_KO = CORE.replies().warnings(Lang.KO);

    /**
     * Also checks that the run reached each path the property speaks of (replies in private chats,
     * groups and to buttons, silence in groups, a batch that fails to parse), so a generator that
     * drifted to trivial updates fails; the full tally goes to JUnit's report entries for IDEs.
     */
    @Test
    void anyUpdateIsHandledSafelyAndOnlyAddressedChatsGetMessages(TestReporter reporter) {
        Map<String, Integer> tally = new TreeMap<>();
        Cases.forAll(FuzzedUpdates.edges(), 1500, FuzzedUpdates.updates(), f -> tally.merge(check(f), 1, Integer::sum));
        Map<String, String> entries = new TreeMap<>();
        tally.forEach((k, v) -> entries.put(k, Integer.toString(v)));
        reporter.publishEntry(entries);
        for (String path : List.of("message/private: replied", "message/group: replied", "message/supergroup: silent",
                "callback_query/private: replied", "channel_post/supergroup: silent", "unparseable batch: silent")) {
            assertTrue(tally.containsKey(path), () -> "never generated " + path + ": " + tally);
        }
    }

    /** Checks one update; returns its label and outcome for the tally. */
    private static String check(FuzzedUpdates.Fuzzed f) throws Exception {
        List<Update> updates;
        try {
            updates = GetUpdates.builder().build().deserializeResponse("{\"ok\":true,\"result\":[" + f.json() + "]}");
        } catch (TelegramApiRequestException e) {
            // Only updates made ill-typed on purpose may fail to parse; BotApi reports this as a transient getUpdates failure.
            assertTrue(f.label().contains("wrong-type"), "a well-typed update failed to parse: " + e + " " + f);
            return "unparseable batch: silent";
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
            return "message/no-chat: mapper NPE, skipped by the poller: silent";
        }
        List<Outgoing> calls = Renderer.calls(u.getUpdateId() == null ? 0 : u.getUpdateId(), h);
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
        return f.label().replace(" wrong-type", "") + ": " + (calls.isEmpty() ? "silent" : "replied");
    }

    /** A message without "chat" is ignored rather than thrown on: there is nobody to answer. */
    @Test
    void messageWithoutChatIsIgnored() throws Exception {
        Update u = GetUpdates.builder().build().deserializeResponse("{\"ok\":true,\"result\":[{\"update_id\":1,\"message\":"
                + "{\"message_id\":1,\"date\":1760000000,\"text\":\"is it legal?\"}}]}").get(0);
        assertEquals(List.of(), conversation().handle(new UpdateMapper(BOT_ID).map(u)).posts());
    }

    /** The calls the real Poller queues for the update (its handle never throws; failures are logged and skipped). */
    private static List<Outgoing> throughPoller(Update u) {
        TelegramConfig config = TelegramConfig.of(FakeBotApi.TOKEN, URI.create("http://127.0.0.1:9"));
        TokenRedactor redactor = new TokenRedactor(FakeBotApi.TOKEN);
        // The poller logs the skipped update as an error with its stack trace; logback-test.xml keeps it off the console.
        try (BotApi api = new BotApi(config, redactor)) {
            return new Poller(api, new UpdateMapper(BOT_ID), conversation(), QUEUE, config, redactor, BotMetrics.NONE).handle(u);
        }
    }

    private static Conversation conversation() {
        return new Conversation(new AtomicReference<>(CORE), new Addressing(BOT), new FloodGuard(Clock.systemUTC()),
                AnswerListener.NONE, CommandHook.NONE);
    }


    private static FaqBot shippedCore() {
        try {
            return new FaqBot(new FaqLoader().load(Path.of("faq")));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the shipped FAQ", e);
        }
    }
}
