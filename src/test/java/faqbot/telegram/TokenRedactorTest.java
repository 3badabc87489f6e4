package faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.chat.ButtonData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenRedactorTest {
    private static final String TOKEN = "123456:ABC-def_ghi";
    private final TokenRedactor r = new TokenRedactor(TOKEN);

    @Test
    void tokenInAUrlIsMasked() {
        assertEquals("POST https://api.telegram.org/bot<token>/sendmessage",
                r.redact("POST https://api.telegram.org/bot" + TOKEN + "/sendmessage"));
        assertEquals("bot<token>/getme", r.redact("bot123456%3AABC-def_ghi/getme"));
    }

    @Test
    void scrubbedExceptionChainsKeepStackButNotToken() {
        Exception e = new RuntimeException("call to /bot" + TOKEN + "/getMe failed", new IOException("url /bot" + TOKEN));
        Throwable s = r.scrub(e);
        StringWriter out = new StringWriter();
        s.printStackTrace(new PrintWriter(out));
        assertFalse(out.toString().contains(TOKEN));
        assertTrue(out.toString().contains("java.io.IOException: url /bot<token>"));
        assertEquals(e.getStackTrace()[0], s.getStackTrace()[0]);
        assertFalse(r.describe(e).contains(TOKEN));
    }

    @Test
    void configToStringHidesTheToken() {
        assertFalse(TelegramConfig.of(TOKEN, TelegramConfig.TELEGRAM).toString().contains(TOKEN));
    }

    @Test
    void buttonDataRoundTripsAndRejectsForgeries() {
        assertEquals(Optional.of("ko:fees"), new ButtonData(faqbot.faq.Lang.KO, "fees").encode());
        assertEquals(Optional.of(new ButtonData(faqbot.faq.Lang.EN, "get-help")), ButtonData.decode("en:get-help"));
        assertTrue(ButtonData.decode("xx:fees").isEmpty());
        assertTrue(ButtonData.decode("en:../x").isEmpty());
        assertTrue(new ButtonData(faqbot.faq.Lang.EN, "x".repeat(62)).encode().isEmpty(), "over 64 bytes");
    }

    @Test
    void apiUrlsWithPathsAreRefusedWithAReason() throws Exception {
        assertEquals(8081, TelegramConfig.of(TOKEN, TelegramConfig.parseApiUrl("http://127.0.0.1:8081")).port());
        assertEquals(443, TelegramConfig.of(TOKEN, TelegramConfig.parseApiUrl("https://example.org/")).port());
        for (String bad : new String[] {"ftp://x", "127.0.0.1:8081", "http://x/prefix", "not a url"}) {
            try {
                TelegramConfig.parseApiUrl(bad);
                throw new AssertionError("accepted " + bad);
            } catch (StartupException expected) {
                assertTrue(expected.getMessage().contains(bad));
            }
        }
    }
}
