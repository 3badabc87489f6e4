package faqbot.reply;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.Lang;
import faqbot.match.MatchResult;
import faqbot.text.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes every reply the bot can give, in the asker's language, and is the one place that appends
 * the warnings, so no front end can forget them.
 */
public final class ReplyComposer {
    /** Topics offered as buttons under a fallback when the matcher has no guess: the safety essentials first. */
    private static final List<String> FALLBACK_TOPICS = List.of("legality", "scams", "fees", "get-help", "methods");

    private final Faq faq;
    // Built once: every reply needs a warnings block and most need an entry body, and the FAQ is immutable.
    private final Map<Lang, String> warningBlocks = new EnumMap<>(Lang.class);
    private final Map<String, Map<Lang, String>> bodies = new HashMap<>();
    // The full text of each answer and of the plain fallback, joined once: the text of most replies.
    private final Map<String, Map<Lang, ReplyText>> answerTexts = new HashMap<>();
    private final Map<Lang, Reply> plainFallbacks = new EnumMap<>(Lang.class);
    // Also built once: the follow-up buttons of each answer, the same for every question it answers.
    private final Map<String, Map<Lang, List<Button>>> relatedButtons = new HashMap<>();
    private final Map<String, Entry> byId;

    public ReplyComposer(Faq faq) {
        this.faq = Objects.requireNonNull(faq, "faq");
        this.byId = faq.byId();
        for (Lang lang : Lang.values()) {
            warningBlocks.put(lang, faq.warnings().block(lang));
        }
        for (Entry e : faq.entries()) {
            Map<Lang, String> b = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                b.put(lang, e.text(lang).title() + "\n\n" + e.text(lang).answer());
            }
            bodies.put(e.id(), b);
            Map<Lang, ReplyText> t = new EnumMap<>(Lang.class);
            b.forEach((lang, body) -> t.put(lang, ReplyText.of(body, warningBlocks.get(lang))));
            answerTexts.put(e.id(), t);
        }
        for (Entry e : faq.entries()) {
            Map<Lang, List<Button>> b = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                b.put(lang, e.related().stream().filter(id -> !id.equals(e.id())).distinct()
                        .map(this::find).flatMap(Optional::stream).map(r -> button(r, lang)).collect(java.util.stream.Collectors.toUnmodifiableList()));
            }
            relatedButtons.put(e.id(), b);
        }
        for (Lang lang : Lang.values()) {
            plainFallbacks.put(lang, buildFallback(lang, List.of(), 0));
        }
    }

    /** The reply to a matched or unmatched question. */
    public Reply compose(MatchResult m) {
        Lang lang = m.lang();
        Optional<Entry> entry = m.id().flatMap(this::find);
        if (entry.isEmpty()) {
            return fallback(lang, m.alternatives(), m.score());
        }
        Entry e = entry.get();
        if (!m.closeCall() || m.alternatives().isEmpty()) {
            // The common case: body and buttons prepared when the FAQ was loaded.
            return new Reply(lang, ReplyKind.ANSWER, Optional.of(e.id()), m.score(), entryBody(e, lang),
                    warnings(lang), relatedButtons.get(e.id()).get(lang), List.of(), answerTexts.get(e.id()).get(lang));
        }
        StringBuilder body = new StringBuilder(entryBody(e, lang));
        List<Button> buttons = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        if (m.closeCall() && !m.alternatives().isEmpty()) {
            body.append("\n\n").append(text(lang, "reply.didYouMean"));
            m.alternatives().forEach(ids::add);
        }
        ids.addAll(e.related());
        ids.remove(e.id());
        ids.forEach(id -> find(id).ifPresent(r -> buttons.add(button(r, lang))));
        return new Reply(lang, ReplyKind.ANSWER, Optional.of(e.id()), m.score(), body.toString(),
                warnings(lang), buttons, m.closeCall() ? m.alternatives() : List.of());
    }

    /** The reply for a topic picked by id (a button press); unknown ids (stale buttons) get the topic list. */
    public Reply entry(String id, Lang lang) {
        Optional<Entry> e = find(id);
        if (e.isEmpty()) {
            return topics(lang);
        }
        List<Button> buttons = e.get().related().stream().map(this::expect).map(r -> button(r, lang)).toList();
        return new Reply(lang, ReplyKind.ANSWER, Optional.of(id), 0, entryBody(e.get(), lang), warnings(lang), buttons, List.of());
    }

    public Reply fallback(Lang lang, List<String> alternatives, double score) {
        if (alternatives.isEmpty()) {
            // Off-topic questions mostly get this one, prepared at load; only the score differs.
            Reply r = plainFallbacks.get(lang);
            return new Reply(lang, ReplyKind.FALLBACK, Optional.empty(), score, r.body(), r.warnings(), r.buttons(),
                    List.of(), r.full());
        }
        return buildFallback(lang, alternatives, score);
    }

    private Reply buildFallback(Lang lang, List<String> alternatives, double score) {
        StringBuilder body = new StringBuilder(text(lang, "reply.fallback.intro"));
        // People in despair often say it in words no rule knows; whoever gets no answer still sees 109.
        body.append("\n\n").append(text(lang, "reply.fallback.care"));
        if (!alternatives.isEmpty()) {
            body.append("\n\n").append(text(lang, "reply.fallback.maybe"));
            for (String id : alternatives) {
                find(id).ifPresent(e -> body.append("\n• ").append(e.text(lang).title()));
            }
        }
        body.append("\n\n").append(text(lang, "reply.topics.header")).append('\n').append(topicList(lang));
        List<String> ids = alternatives.isEmpty() ? FALLBACK_TOPICS : alternatives;
        List<Button> buttons = ids.stream().map(this::find).flatMap(Optional::stream).map(e -> button(e, lang)).toList();
        return new Reply(lang, ReplyKind.FALLBACK, Optional.empty(), score, body.toString(), warnings(lang), buttons, alternatives);
    }

    /** The greeting; {@code botUsername} may be empty (terminal). */
    public Reply start(Lang lang, String botUsername) {
        String body = text(lang, "reply.start") + "\n\n" + text(lang, "reply.topics.header") + "\n" + topicList(lang)
                + "\n\n" + howToAsk(lang, botUsername);
        return simple(lang, ReplyKind.START, body, FALLBACK_TOPICS);
    }

    public Reply help(Lang lang, String botUsername) {
        return simple(lang, ReplyKind.HELP, helpText(lang, botUsername), List.of());
    }

    /** All topics, as a list and as buttons. */
    public Reply topics(Lang lang) {
        List<Button> buttons = faq.entries().stream().map(e -> button(e, lang)).toList();
        return new Reply(lang, ReplyKind.TOPICS, Optional.empty(), 0, text(lang, "reply.topics.pick"), warnings(lang), buttons, List.of());
    }

    /** After a sticker, photo or voice message: the bot only reads text. */
    public Reply hint(Lang lang) {
        return simple(lang, ReplyKind.HINT, text(lang, "reply.hint"), List.of());
    }

    /** Any other message the bot sends (notices, admin results), with the warnings like everything else. */
    public Reply notice(Lang lang, String body) {
        return simple(lang, ReplyKind.NOTICE, body, List.of());
    }

    public String warnings(Lang lang) {
        return warningBlocks.get(lang);
    }

    private static String text(Lang lang, String key, Object... args) {
        return Messages.bundled().get(lang, key, args);
    }

    /** How to ask; in a group the bot must be mentioned, which the terminal (no username) has no use for. */
    private static String howToAsk(Lang lang, String botUsername) {
        return botUsername == null || botUsername.isBlank() ? text(lang, "reply.howToAsk") : text(lang, "reply.howToAsk.mention", "@" + botUsername);
    }

    private static String helpText(Lang lang, String botUsername) {
        String group = botUsername == null || botUsername.isBlank() ? "" : text(lang, "reply.help.group", "@" + botUsername);
        return text(lang, "reply.help.intro") + group + text(lang, "reply.help.buttons");
    }

    private Reply simple(Lang lang, ReplyKind kind, String body, List<String> buttonIds) {
        List<Button> buttons = buttonIds.stream().map(this::find).flatMap(Optional::stream).map(e -> button(e, lang)).toList();
        return new Reply(lang, kind, Optional.empty(), 0, body, warnings(lang), buttons, List.of());
    }

    private Optional<Entry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private Entry expect(String id) {
        Entry e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no FAQ entry with id " + id);
        }
        return e;
    }

    private String entryBody(Entry e, Lang lang) {
        return bodies.get(e.id()).get(lang);
    }

    private String topicList(Lang lang) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : faq.entries()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("• ").append(e.text(lang).title());
        }
        return sb.toString();
    }

    private static Button button(Entry e, Lang lang) {
        return new Button(e.id(), e.text(lang).title());
    }
}
