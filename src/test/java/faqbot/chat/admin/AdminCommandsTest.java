package faqbot.chat.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.core.FaqReloader;
import faqbot.faq.FaqProblem;
import faqbot.faq.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What admins read about a reload. */
class AdminCommandsTest {
    /** Telegram's limit on one message's text. */
    private static final int TELEGRAM_LIMIT = 4096;

    @Test
    void aLongProblemListIsCutToFitOneTelegramMessage() {
        List<FaqProblem> problems = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            problems.add(new FaqProblem("entries/e" + i + ".json", "e" + i, "en.examples[0]", "\"" + "x".repeat(80) + "\" matched nothing"));
        }
        String text = AdminCommands.describe(new FaqReloader.Result.Refused(problems, Path.of("/opt/faq")), Lang.EN);
        assertTrue(text.length() < TELEGRAM_LIMIT - 1000, "room left for the warnings: " + text.length());
        assertTrue(text.startsWith("The FAQ in /opt/faq has 500 problem(s)"), text);
        assertTrue(text.contains("entries/e0.json [e0]"), text);
        assertTrue(text.matches("(?s).*and \\d+ more; see them all with: java -jar faqbot.jar check /opt/faq$"), text);
    }
}
