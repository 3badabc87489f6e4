package faqbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The log output an operator or a log shipper reads: the chosen format, and never the bot token. */
class LogsTest {
    private static final String TOKEN = "123456789:AAF-test_SECRET_for_the_log_test";

    private static List<String> log(String format) {
        LoggerContext ctx = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        RedactingEncoder encoder = RedactingEncoder.of(format, Logs.PATTERN);
        encoder.setContext(ctx);
        encoder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(ctx);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger logger = ctx.getLogger("faqbot.test." + format);
        // Only this appender: the test's lines stay out of the build output.
        logger.setAdditive(false);
        logger.addAppender(appender);
        Logs.redact(TOKEN);
        // What a library might log: the request URL carries the token.
        logger.warn("POST https://api.telegram.org/bot{}/getMe failed", TOKEN);
        logger.error("the secret half alone: " + TOKEN.substring(TOKEN.indexOf(':') + 1));
        logger.detachAppender(appender);
        appender.stop();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void theTokenIsMaskedInEveryFormat(String format) {
        List<String> lines = log(format);
        assertEquals(2, lines.size(), String.join("\n", lines));
        for (String line : lines) {
            assertFalse(line.contains("SECRET"), line);
        }
        // JSON writes "/" as "\/", so only the masked part is compared here.
        assertTrue(lines.get(0).contains("bot***"), lines.get(0));
    }

    @org.junit.jupiter.api.Test
    void jsonFormatWritesOneObjectPerLineWithLevelAndMessage() throws Exception {
        List<String> lines = log("json");
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("WARN", first.path("level").asText(), lines.get(0));
        assertEquals("faqbot.test.json", first.path("loggerName").asText(), lines.get(0));
        assertEquals("POST https://api.telegram.org/bot***/getMe failed", first.path("formattedMessage").asText(), lines.get(0));
    }
}
