package faqbot.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.ChatKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A call left in the outbox by a stopped or crashed run must be sent after the restart exactly as it would have been. */
class OutgoingCodecTest {
    private static final List<List<Outgoing.Button>> ROWS = List.of(
            List.of(new Outgoing.Button("👍", "v:+:legality"), new Outgoing.Button("👎", "v:-:legality")),
            List.of(new Outgoing.Button("More in private chat", "https://t.me/faq_bot?start=help", true)));

    private static Outgoing roundTrip(Outgoing call) {
        return OutgoingCodec.decode(OutgoingCodec.encode(call)).orElseThrow();
    }

    @Test
    void htmlMessageKeepsItsPlainFallbackThreadReplyAndButtonRows() {
        Outgoing call = new Outgoing.Message(815, -100123, ChatKind.SUPERGROUP, "<b>Is it legal?</b>\n<blockquote>⚠️ &lt;law&gt;</blockquote>",
                true, "Is it legal?\n⚠️ <law>", 42, 7, ROWS);
        assertEquals(call, roundTrip(call));
    }

    @Test
    void plainMessageStaysPlain() {
        Outgoing call = new Outgoing.Message(816, 99, ChatKind.PRIVATE, "unknown command, try /help", 0, 0, List.of());
        Outgoing back = roundTrip(call);
        assertEquals(call, back);
        assertEquals(false, ((Outgoing.Message) back).html());
    }

    @Test
    void editInPlaceKeepsTheMessageItReplaces() {
        Outgoing call = new Outgoing.Edit(817, 99, ChatKind.PRIVATE, 512, "<b>Fees</b>", "Fees", ROWS);
        assertEquals(call, roundTrip(call));
    }

    @Test
    void callbackAnswerKeepsItsNotice() {
        Outgoing call = new Outgoing.CallbackAnswer(818, 99, "4382bfdwdsb323b2d9", "Thanks!");
        assertEquals(call, roundTrip(call));
    }

    @Test
    void inlineAnswerKeepsEveryArticleCachingAndPersonalFlag() {
        Outgoing call = new Outgoing.InlineAnswer(819, "9183749", List.of(
                new Outgoing.Article("legality:en", "Is it legal?", "Usually not…", "<b>Is it legal?</b>", "Is it legal?", ROWS.subList(1, 2)),
                new Outgoing.Article("fees:en", "Fees", "Much more than it looks", "<b>Fees</b>", "Fees", List.of())), 300, false);
        assertEquals(call, roundTrip(call));
    }

    @Test
    void messageWrittenByTheVersionBeforeHtmlIsStillSent() {
        String old = "{\"updateId\":7,\"chatId\":99,\"type\":\"message\",\"chatKind\":\"GROUP\",\"text\":\"answer\",\"replyTo\":3,"
                + "\"threadId\":0,\"buttons\":[{\"label\":\"Fees\",\"data\":\"en:fees\"}]}";
        Outgoing.Message m = (Outgoing.Message) OutgoingCodec.decode(old).orElseThrow();
        assertEquals(new Outgoing.Message(7, 99, ChatKind.GROUP, "answer", 3, 0, List.of(new Outgoing.Button("Fees", "en:fees"))), m);
        String oldAck = "{\"updateId\":8,\"chatId\":99,\"type\":\"callback\",\"callbackId\":\"abc\"}";
        assertEquals(Optional.of(new Outgoing.CallbackAnswer(8, 99, "abc")), OutgoingCodec.decode(oldAck));
    }

    @Test
    void damagedRowIsNotSentHalfRead() {
        assertTrue(OutgoingCodec.decode("{\"type\":\"edit\",\"chatKind\":\"PRIVATE\"}").isEmpty());
        assertTrue(OutgoingCodec.decode("{\"type\":\"teleport\"}").isEmpty());
        assertTrue(OutgoingCodec.decode("not json").isEmpty());
    }
}
