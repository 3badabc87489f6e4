package faqbot.inline;

import faqbot.core.FaqBot;
import faqbot.faq.Entry;
import faqbot.faq.Lang;
import faqbot.match.MatchResult;
import faqbot.match.Question;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the inline results for a query, so a person who meets a cash-out offer in any chat can
 * post the honest answer there: the best match and its alternatives, or the main topics when the
 * query is empty or off-topic, never an empty list.
 */
public final class InlineAnswers {
    /** Enough to cover a best match and its close topics; Telegram allows 50 but a short list reads better. */
    public static final int MAX_RESULTS = 5;
    /**
     * Five minutes: answers depend only on the query and the FAQ, so caching saves calls, and a
     * reloaded FAQ shows in inline results within minutes.
     */
    public static final int CACHE_SECONDS = 300;
    /** Shown for an empty or off-topic query: the safety essentials first. */
    static final List<String> MAIN_TOPICS = List.of("legality", "scams", "fees", "get-help", "methods");
    private static final int DESCRIPTION_CHARS = 100;

    private InlineAnswers() {
    }

    /**
     * The answer to an inline query.
     *
     * @param query    what the person typed after the bot's username, possibly empty
     * @param userLang the person's Telegram language, used only when the query itself says nothing
     */
    public static InlineAnswer answer(FaqBot bot, String query, Lang userLang) {
        String q = query == null ? "" : query.strip();
        // A typed query decides its own language (Hangul or not); only an empty one falls back to the person's.
        boolean personal = q.isEmpty();
        MatchResult m = bot.matcher().match(new Question(q, Optional.empty(), personal ? userLang : Lang.EN));
        Lang lang = m.lang();
        Set<String> ids = new LinkedHashSet<>();
        m.id().ifPresent(ids::add);
        ids.addAll(m.alternatives());
        m.id().flatMap(id -> bot.faq().find(id)).ifPresent(e -> ids.addAll(e.related()));
        if (!m.matched()) {
            ids.addAll(MAIN_TOPICS);
            // The main topics may be missing from a maintainer's FAQ: the FAQ's own order keeps the list from being empty.
            bot.faq().entries().forEach(e -> ids.add(e.id()));
        }
        List<InlineResult> results = new ArrayList<>();
        for (String id : ids) {
            if (results.size() == MAX_RESULTS) {
                break;
            }
            bot.faq().find(id).ifPresent(e -> results.add(result(bot, e, lang)));
        }
        return new InlineAnswer(results, CACHE_SECONDS, personal, m.matched());
    }

    /** The answer's opening on one line, cut at a word end near {@link #DESCRIPTION_CHARS}. */
    static String preview(String answer) {
        String flat = answer.replaceAll("\\s+", " ").strip();
        if (flat.length() <= DESCRIPTION_CHARS) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', DESCRIPTION_CHARS);
        // Korean often has few spaces: cut hard rather than lose most of the line.
        int end = space > DESCRIPTION_CHARS / 2 ? space : DESCRIPTION_CHARS;
        return flat.substring(0, end) + "…";
    }

    private static InlineResult result(FaqBot bot, Entry e, Lang lang) {
        return new InlineResult(InlineResult.idOf(e.id(), lang), e.id(), e.text(lang).title(), preview(e.text(lang).answer()), bot.entry(e.id(), lang));
    }
}
