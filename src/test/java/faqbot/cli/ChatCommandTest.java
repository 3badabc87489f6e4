package faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChatCommandTest {
    private static final String FAQ = "src/test/resources/faq-fixtures/valid";
    private static Faq faq;

    @BeforeAll
    static void load() throws Exception {
        faq = new FaqLoader().load(Path.of(FAQ));
    }

    private static int count(String haystack, String needle) {
        return haystack.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void chatGreetsAnswersOpensButtonsAndWarnsEveryTime() {
        Run r = Run.of("is it legal?\n1\n불법인가요\n/quit\nnever read\n", Map.of(), "--faq", FAQ, "chat");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Hi! Ask me anything"), "greeting first");
        assertTrue(r.out().contains("Is it legal?\n\nNo: it is a crime"), "English answer");
        assertTrue(r.out().contains("How do the scams work?\n\nUp-front fees"), "button 1 opened the related topic");
        assertTrue(r.out().contains("합법인가요?\n\n아니요"), "Korean answer");
        assertEquals(3, count(r.out(), faq.warnings().legal().get(Lang.EN)), "greeting + 2 English replies warned");
        assertEquals(1, count(r.out(), faq.warnings().legal().get(Lang.KO)), "Korean reply warned in Korean");
    }

    @Test
    void noArgumentsAndNoTokenStartsTheChat() {
        Run r = Run.of("what's for dinner\n", Map.of(), "--faq", FAQ);
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Sorry, I couldn't tell which topic"), r.out());
    }

    @Test
    void endOfInputEndsTheChatCleanly() {
        Run r = Run.of("", Map.of(), "--faq", FAQ, "chat");
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }
}
