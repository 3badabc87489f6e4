package faqbot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the configured log level and format to Logback at run time, so an operator switches to
 * DEBUG or to JSON lines with a setting instead of a system property or a new logback.xml.
 */
public final class Logs {
    /** The appender logback.xml defines; it writes to standard error. */
    static final String APPENDER = "STDERR";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    private Logs() {
    }

    /**
     * Applies FAQBOT_LOG_LEVEL and FAQBOT_LOG_FORMAT at once, before the configuration file is read,
     * so even its first lines come out as asked; bad values are left for the configuration to report.
     */
    public static void configure(Map<String, String> env) {
        String level = env.getOrDefault("FAQBOT_LOG_LEVEL", "INFO").strip().toUpperCase(Locale.ROOT);
        String format = env.getOrDefault("FAQBOT_LOG_FORMAT", "text").strip().toLowerCase(Locale.ROOT);
        apply(level.matches("TRACE|DEBUG|INFO|WARN|ERROR") ? level : "INFO", format.equals("json") ? "json" : "text");
    }

    /**
     * Sets the root level and the standard-error format.
     *
     * @param level  e.g. "DEBUG"
     * @param format "text" or "json"
     */
    public static void apply(String level, String format) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        // -Dfaqbot.log.level (the load harness's switch) keeps precedence over the setting.
        if (System.getProperty("faqbot.log.level") == null) {
            ctx.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(level, Level.INFO));
        }
        Appender<ILoggingEvent> a = ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        if (a instanceof OutputStreamAppender<ILoggingEvent> out) {
            boolean json = format.equals("json");
            if (out.getEncoder() instanceof RedactingEncoder r && r.json() == json) {
                return;
            }
            RedactingEncoder encoder = RedactingEncoder.of(format, PATTERN);
            encoder.setContext(ctx);
            encoder.start();
            out.stop();
            out.setEncoder(encoder);
            out.start();
        }
    }

    /** Masks this secret (the bot token) in every log line from now on, in both formats. */
    public static void redact(String secret) {
        RedactingEncoder.addSecret(secret);
    }
}
