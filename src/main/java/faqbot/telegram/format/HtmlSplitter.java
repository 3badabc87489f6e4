package faqbot.telegram.format;

import faqbot.text.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts a reply into messages that each fit Telegram's limit and each carry the warnings, because a
 * reader may see only one part. It cuts the plain text and renders each part afterwards, so a cut
 * can never fall inside a tag or an entity, and it counts what Telegram counts: the text after
 * entity parsing, in UTF-16 units.
 */
public final class HtmlSplitter {
    /** Telegram's limit on a message's text after entity parsing. */
    public static final int TELEGRAM_LIMIT = 4096;

    private HtmlSplitter() {
    }

    /**
     * One message of a split reply.
     *
     * @param html  to send with parse mode HTML
     * @param plain the same message without markup, for the fallback
     */
    public record Part(String html, String plain) {
        public Part {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(plain, "plain");
        }
    }

    /** The parts at Telegram's limit. */
    public static List<Part> split(RichReply r) {
        return split(r, TELEGRAM_LIMIT);
    }

    /** The parts, in order; the title only on the first, the warnings on every one. */
    public static List<Part> split(RichReply r, int limit) {
        // Below this the warnings (at most half the limit) could leave no room for a body.
        if (limit < 256) {
            throw new IllegalArgumentException("limit must be 256 or more, was " + limit);
        }
        RichReply fitted = fitWarnings(r, limit);
        if (TelegramHtml.plain(fitted).length() <= limit) {
            return List.of(part(fitted));
        }
        List<Part> parts = new ArrayList<>();
        Optional<String> title = fitted.title();
        String rest = fitted.body();
        while (true) {
            int room = limit - overhead(title, fitted.warnings());
            if (room < 32 && title.isPresent()) {
                // A title too long to share a message with any body: it goes alone.
                parts.add(part(new RichReply(title.map(t -> cut(t, limit / 4)), "", fitted.warnings())));
                title = Optional.empty();
                continue;
            }
            if (rest.length() <= room) {
                parts.add(part(new RichReply(title, rest, fitted.warnings())));
                return List.copyOf(parts);
            }
            int at = breakPoint(rest, room);
            parts.add(part(new RichReply(title, rest.substring(0, at).stripTrailing(), fitted.warnings())));
            rest = rest.substring(at).stripLeading();
            title = Optional.empty();
            if (rest.isEmpty()) {
                return List.copyOf(parts);
            }
        }
    }

    /**
     * The reply as one message, for where there can be only one (an inline result): the body is
     * shortened with "…" if it must be, the title and warnings never.
     */
    public static Part single(RichReply r) {
        RichReply fitted = fitWarnings(r, TELEGRAM_LIMIT);
        Optional<String> title = fitted.title().map(t -> cut(t, TELEGRAM_LIMIT / 4));
        int room = TELEGRAM_LIMIT - overhead(title, fitted.warnings());
        return part(new RichReply(title, cut(fitted.body(), room), fitted.warnings()));
    }

    /** Cuts {@code s} to at most {@code max} UTF-16 units, ending with "…" when cut, never splitting a surrogate pair. */
    public static String cut(String s, int max) {
        return s.length() <= max ? s : Printable.truncate(s, Math.max(max - 1, 0)) + "…";
    }

    /** Characters a part spends on everything but its body: title, gaps, warnings. */
    private static int overhead(Optional<String> title, List<String> warnings) {
        return TelegramHtml.plain(new RichReply(title, "", warnings)).length() + TelegramHtml.GAP.length();
    }

    /** Warnings are short by the FAQ's rules; if one day they are not, shorten them rather than fail the send. */
    private static RichReply fitWarnings(RichReply r, int limit) {
        int max = limit / 2;
        int total = String.join("\n", r.warnings()).length();
        if (total <= max) {
            return r;
        }
        int each = Math.max(16, max / r.warnings().size() - 1);
        return new RichReply(r.title(), r.body(), r.warnings().stream().map(w -> cut(w, each)).toList());
    }

    /** Where to cut {@code s} to keep at most {@code max} characters: a paragraph, line or word end if one is near. */
    static int breakPoint(String s, int max) {
        int floor = max / 2;
        for (String sep : new String[] {"\n\n", "\n", " "}) {
            int i = s.lastIndexOf(sep, max - sep.length());
            if (i >= floor) {
                return i + sep.length();
            }
        }
        // No good break: cut hard, but never between the two halves of a surrogate pair.
        return Printable.cutPoint(s, max);
    }

    private static Part part(RichReply r) {
        return new Part(TelegramHtml.html(r), TelegramHtml.plain(r));
    }
}
