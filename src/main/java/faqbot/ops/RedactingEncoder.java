package faqbot.ops;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps the text or JSON encoder and masks the bot token in every line it writes, as the last line
 * of defence: our code never logs the token, but a library's message (a URL with /bot&lt;token&gt;/)
 * might.
 */
public final class RedactingEncoder extends EncoderBase<ILoggingEvent> {
    /** What a secret is replaced with. */
    public static final String MASK = "***";
    private static final List<String> SECRETS = new CopyOnWriteArrayList<>();

    private Encoder<ILoggingEvent> delegate;
    private Optional<String> pattern = Optional.empty();

    /** Set by logback.xml: the text format's pattern. */
    public void setPattern(String pattern) {
        this.pattern = Optional.of(pattern);
    }

    /** An encoder for {@code format} ("text" with {@code pattern}, or "json"), not yet started. */
    static RedactingEncoder of(String format, String pattern) {
        RedactingEncoder e = new RedactingEncoder();
        if (format.equals("json")) {
            JsonEncoder json = new JsonEncoder();
            // One readable message per line for shippers; the template and its arguments would say it twice.
            json.setWithFormattedMessage(true);
            json.setWithMessage(false);
            json.setWithArguments(false);
            json.setWithContext(false);
            json.setWithSequenceNumber(false);
            e.delegate = json;
        } else {
            e.setPattern(pattern);
        }
        return e;
    }

    /** Masks this secret, and the part after its colon (the secret half of a bot token), from now on. */
    static void addSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return;
        }
        SECRETS.add(secret);
        int colon = secret.indexOf(':');
        // The part after the colon alone is still secret; the bot id before it is public.
        if (colon >= 0 && secret.length() - colon > 8) {
            SECRETS.add(secret.substring(colon + 1));
        }
    }

    /** Whether the wrapped encoder writes JSON. */
    boolean json() {
        return delegate instanceof JsonEncoder;
    }

    @Override
    public void start() {
        if (delegate == null) {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(pattern.orElse("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n"));
            text.setCharset(StandardCharsets.UTF_8);
            delegate = text;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] raw = delegate.encode(event);
        if (SECRETS.isEmpty()) {
            return raw;
        }
        String line = new String(raw, StandardCharsets.UTF_8);
        String masked = line;
        for (String s : SECRETS) {
            masked = masked.replace(s, MASK);
        }
        return masked == line ? raw : masked.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
