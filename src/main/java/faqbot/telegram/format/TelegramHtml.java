package faqbot.telegram.format;

/**
 * Writes a {@link RichReply} as Telegram HTML and as the same text without markup, because HTML
 * parse mode is what readers see and the plain text is both the fallback when Telegram rejects the
 * entities and the length Telegram counts against its limit.
 */
public final class TelegramHtml {
    /** Between title, body and warnings: a blank line, as in the plain replies. */
    static final String GAP = "\n\n";

    private TelegramHtml() {
    }

    /**
     * The message in HTML parse mode: title in bold, the body, the warnings in a blockquote. Not an
     * expandable one: a collapsed warning is a warning most people never open.
     */
    public static String html(RichReply r) {
        StringBuilder sb = new StringBuilder();
        r.title().ifPresent(t -> sb.append("<b>").append(escape(t)).append("</b>"));
        if (!r.body().isEmpty()) {
            gap(sb).append(escape(r.body()));
        }
        gap(sb).append("<blockquote>").append(escape(String.join("\n", r.warnings()))).append("</blockquote>");
        return sb.toString();
    }

    /** Exactly the text Telegram shows for {@link #html}, entities parsed; sent as is when HTML is refused. */
    public static String plain(RichReply r) {
        StringBuilder sb = new StringBuilder();
        r.title().ifPresent(sb::append);
        if (!r.body().isEmpty()) {
            gap(sb).append(r.body());
        }
        gap(sb).append(String.join("\n", r.warnings()));
        return sb.toString();
    }

    /**
     * Escapes text for HTML parse mode. Only {@code &lt; &gt; &amp; &quot;} are understood by
     * Telegram, so nothing else is produced; quotes are escaped too so the result is safe in an attribute.
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static StringBuilder gap(StringBuilder sb) {
        return sb.length() == 0 ? sb : sb.append(GAP);
    }
}
