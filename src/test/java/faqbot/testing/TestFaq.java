package faqbot.testing;

import faqbot.core.FaqBot;
import faqbot.faq.FaqLoader;
import java.nio.file.Path;

/** The small FAQ the conversation and Telegram tests answer from (src/test/resources/telegram-faq). */
public final class TestFaq {
    private TestFaq() {
    }

    public static Path folder() {
        try {
            return Path.of(TestFaq.class.getResource("/telegram-faq/warnings.json").toURI()).getParent();
        } catch (Exception e) {
            throw new IllegalStateException("cannot find the test FAQ", e);
        }
    }

    public static FaqBot bot() {
        try {
            return new FaqBot(new FaqLoader().load(folder()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the test FAQ", e);
        }
    }
}
