package faqbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.ChatKind;
import org.junit.jupiter.api.Test;

class AddressingTest {
    private final Addressing a = new Addressing("faq_bot");

    @Test
    void privateTextIsAlwaysAQuestion() {
        assertEquals(new Intent.Ask("is it legal?"), a.intent(ChatKind.PRIVATE, "is it legal?", false));
    }

    @Test
    void unaddressedGroupChatterIsIgnored() {
        assertInstanceOf(Intent.Ignore.class, a.intent(ChatKind.SUPERGROUP, "is it legal?", false));
        assertInstanceOf(Intent.Ignore.class, a.intent(ChatKind.GROUP, "mail me at x@faq_bot.com", false));
    }

    @Test
    void mentionAnywhereAddressesTheBotAndIsStripped() {
        assertEquals(new Intent.Ask("is it legal?"), a.intent(ChatKind.GROUP, "@faq_bot is it legal?", false));
        assertEquals(new Intent.Ask("is it legal?"), a.intent(ChatKind.GROUP, "is it @FAQ_Bot legal?", false));
        assertEquals(new Intent.Ask("so, is it legal?"), a.intent(ChatKind.GROUP, "so, is it legal? @faq_bot", false));
    }

    @Test
    void longerUsernameIsNotAMention() {
        assertInstanceOf(Intent.Ignore.class, a.intent(ChatKind.GROUP, "@faq_bot2 is it legal?", false));
    }

    @Test
    void replyToTheBotIsAQuestion() {
        assertEquals(new Intent.Ask("and the fees?"), a.intent(ChatKind.SUPERGROUP, "and the fees?", true));
    }

    @Test
    void askCommandWithOrWithoutTargetIsAQuestion() {
        assertEquals(new Intent.Ask("is it legal?"), a.intent(ChatKind.GROUP, "/ask is it legal?", false));
        assertEquals(new Intent.Ask("is it legal?"), a.intent(ChatKind.GROUP, "/ask@faq_bot is it legal?", false));
        assertEquals(new Intent.Ask("수수료는?"), a.intent(ChatKind.GROUP, "/ASK@Faq_Bot\n수수료는?", false));
    }

    @Test
    void commandsForAnotherBotAreIgnored() {
        assertInstanceOf(Intent.Ignore.class, a.intent(ChatKind.GROUP, "/help@other_bot", false));
        assertInstanceOf(Intent.Ignore.class, a.intent(ChatKind.PRIVATE, "/ask@other_bot is it legal?", false));
        assertInstanceOf(Intent.Ignore.class, a.intent(ChatKind.GROUP, "/ask@other_bot is it legal? @faq_bot", false));
    }

    @Test
    void ownCommandsAreRecognised() {
        assertInstanceOf(Intent.Start.class, a.intent(ChatKind.PRIVATE, "/start", false));
        assertInstanceOf(Intent.Help.class, a.intent(ChatKind.GROUP, "/help@faq_bot", false));
        assertInstanceOf(Intent.Topics.class, a.intent(ChatKind.SUPERGROUP, "/topics", false));
    }

    @Test
    void bareMentionOrEmptyAskGetsHelp() {
        assertInstanceOf(Intent.Help.class, a.intent(ChatKind.GROUP, "@faq_bot", false));
        assertInstanceOf(Intent.Help.class, a.intent(ChatKind.GROUP, "/ask", false));
    }

    @Test
    void unknownCommandsGoToTheHandlerMarkedBareInGroups() {
        Intent bare = a.intent(ChatKind.GROUP, "/ban someone", false);
        assertTrue(bare instanceof Intent.Other o && o.bare());
        Intent targeted = a.intent(ChatKind.GROUP, "/settings@faq_bot", false);
        assertTrue(targeted instanceof Intent.Other o && !o.bare());
        Intent priv = a.intent(ChatKind.PRIVATE, "/fees", false);
        assertTrue(priv instanceof Intent.Other o && !o.bare() && o.command().name().equals("fees"));
    }

    @Test
    void channelPostsAreIgnored() {
        assertInstanceOf(Intent.Ignore.class, a.intent(ChatKind.CHANNEL, "@faq_bot is it legal?", false));
    }

    @Test
    void commandParsingNeedsTheSlashAtTheStart() {
        assertTrue(Command.parse("is /ask a command").isEmpty());
        assertTrue(Command.parse("/ask-me").isEmpty());
        assertEquals(new Command("help", "", ""), Command.parse("/help").orElseThrow());
        assertEquals(new Command("ask", "Faq_Bot", "x"), Command.parse("  /ask@Faq_Bot   x ").orElseThrow());
    }
}
