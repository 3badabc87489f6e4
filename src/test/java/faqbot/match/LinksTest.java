package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.testing.Cases;
import faqbot.testing.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick test in front of the link pattern never changes whether a question holds a link. */
class LinksTest {
    private static final Gen<String> PIECES = Gen.join(Gen.frequency(
            Gen.weight(6, Gen.of("www", "WWW", "w", ".", "..", "com", "Com", "kr", "me", "t", "T", "me/", "/", "//", ":", "://",
                    "http", "https", "HTTPS", "@", "bot", "_", "-", "faq_bot", "x", "scam", " ", "(", "\"", "'", "\n", "é", "ｗ",
                    "카톡", "123", "shop", "link", "io", "co", "xyz")),
            Gen.weight(1, Gen.chars("abcdefghijklmnopqrstuvwxyzABC0123456789-_.@:/ \t", 1, 6)),
            Gen.weight(1, Gen.anyChars(1, 3))), 0, 14);

    @Test
    void theQuickTestAgreesWithThePatternOnAnyText() {
        List<String> fixed = List.of("", "www.", "www. ", "is cash-fast.example.com legit?", "see t.me/x", "ask @someone_here",
                "@faq_bot help", "http://", "ftp://x", "legal. Is it", "a.b", "end.", ".com", "x.Com", "WWW.", "1.5m",
                "e-mail.kr", "é.com", "ｗｗｗ.x");
        Cases.forAll(fixed, 3_000, PIECES, text -> assertEquals(Links.patternFinds(text), Links.in(text), text));
    }

    @Test
    void linksAndHandlesAreFoundAndPlainSentencesAreNot() {
        assertTrue(Links.in("is cash-fast.example.com legit?"));
        assertTrue(Links.in("they told me to message @cashout_kr"));
        assertTrue(Links.in("https://x.y"));
        assertFalse(Links.in("is it legal. what are the fees?"));
        assertFalse(Links.in("@faq_bot is this legal"));
        assertFalse(Links.in("소액결제 현금화 불법인가요?"));
    }
}
