package faqbot.telegram.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * A strict reader of Telegram's HTML parse mode for tests: it accepts only the tags and entities
 * the Bot API documents, insists on proper nesting, and returns the text Telegram would show, so a
 * test can prove a message would not be refused with "can't parse entities".
 */
public final class StrictTelegramHtml {
    /** Tags Telegram understands, with the attributes each may carry (Bot API, "HTML style"). */
    private static final Map<String, Set<String>> TAGS = Map.ofEntries(
            Map.entry("b", Set.of()), Map.entry("strong", Set.of()), Map.entry("i", Set.of()), Map.entry("em", Set.of()),
            Map.entry("u", Set.of()), Map.entry("ins", Set.of()), Map.entry("s", Set.of()), Map.entry("strike", Set.of()),
            Map.entry("del", Set.of()), Map.entry("span", Set.of("class")), Map.entry("tg-spoiler", Set.of()),
            Map.entry("a", Set.of("href")), Map.entry("tg-emoji", Set.of("emoji-id")), Map.entry("code", Set.of("class")),
            Map.entry("pre", Set.of()), Map.entry("blockquote", Set.of("expandable")));
    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");

    private StrictTelegramHtml() {
    }

    /** The text after entity parsing; throws {@link IllegalArgumentException} saying where the HTML is not valid. */
    public static String parse(String html) {
        StringBuilder text = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed '<' at " + i);
                }
                tag(html.substring(i + 1, end), open, i);
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                if (end < 0 || end - i > 10) {
                    throw new IllegalArgumentException("bare '&' at " + i);
                }
                text.append(entity(html.substring(i + 1, end), i));
                i = end + 1;
            } else if (c == '>') {
                throw new IllegalArgumentException("bare '>' at " + i);
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed tags " + open);
        }
        return text.toString();
    }

    private static void tag(String inside, Deque<String> open, int at) {
        if (inside.startsWith("/")) {
            String name = inside.substring(1).trim();
            if (open.isEmpty() || !open.peek().equals(name)) {
                throw new IllegalArgumentException("</" + name + "> at " + at + " does not close " + open.peek());
            }
            open.pop();
            return;
        }
        String[] words = inside.trim().split("\\s+", 2);
        String name = words[0];
        Set<String> attributes = TAGS.get(name);
        if (attributes == null) {
            throw new IllegalArgumentException("tag <" + name + "> at " + at + " is not one Telegram allows");
        }
        if (words.length > 1) {
            String attr = words[1].split("=", 2)[0].trim();
            if (!attributes.contains(attr)) {
                throw new IllegalArgumentException("attribute " + attr + " not allowed on <" + name + "> at " + at);
            }
        }
        open.push(name);
    }

    private static String entity(String name, int at) {
        if (name.startsWith("#x")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
        }
        if (name.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(1))));
        }
        String s = ENTITIES.get(name);
        if (s == null) {
            throw new IllegalArgumentException("entity &" + name + "; at " + at + " is not one Telegram understands");
        }
        return s;
    }
}
