package faqbot.telegram.send;

import faqbot.text.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a reply into Telegram-sized messages so that no send fails on the 4,096-character limit and
 * every part still ends with the warnings, because a reader may see only one part.
 */
public final class TextSplitter {
    /** Telegram's limit on a message's text, counted here in UTF-16 units (never fewer than Telegram counts). */
    public static final int TELEGRAM_LIMIT = 4096;

    private static final String GAP = "\n\n";

    private TextSplitter() {
    }

    /**
     * The messages to send for one reply, in order, each at most {@code limit} characters and each
     * ending with {@code warnings}.
     */
    public static List<String> parts(String body, String warnings, int limit) {
        String suffix = body.isEmpty() ? warnings : GAP + warnings;
        if (body.length() + suffix.length() <= limit) {
            return List.of(body + suffix);
        }
        String w = warnings;
        // Warnings are kept short by the FAQ rules; if one day they are not, cut them rather than fail the send.
        int minRoom = Math.min(200, limit / 2);
        if (GAP.length() + w.length() > limit - minRoom) {
            w = cut(w, limit - minRoom - GAP.length());
        }
        int room = limit - GAP.length() - w.length();
        List<String> parts = new ArrayList<>();
        String rest = body;
        while (!rest.isEmpty()) {
            if (rest.length() <= room) {
                parts.add(rest + GAP + w);
                break;
            }
            int at = breakPoint(rest, room);
            parts.add(rest.substring(0, at).stripTrailing() + GAP + w);
            rest = rest.substring(at).stripLeading();
        }
        return List.copyOf(parts);
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

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return Printable.truncate(s, Math.max(max - 1, 0)) + "…";
    }
}
