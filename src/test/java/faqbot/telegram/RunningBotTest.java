package faqbot.telegram;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh bot with the default configuration against its own fake Bot API for every test, stopped after it. */
abstract class RunningBotTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    BotHarness h;
    FakeBotApi api;

    @BeforeEach
    void startBot() throws Exception {
        h = BotHarness.start();
        api = h.api;
    }

    @AfterEach
    void stopBot() {
        h.close();
    }
}
