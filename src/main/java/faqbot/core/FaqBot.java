package faqbot.core;

import faqbot.faq.Faq;
import faqbot.faq.Lang;
import faqbot.match.MatchResult;
import faqbot.match.MatchSettings;
import faqbot.match.Matcher;
import faqbot.match.Question;
import faqbot.reply.Reply;
import faqbot.reply.ReplyComposer;
import faqbot.faq.Entry;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The core as one immutable value: an FAQ with its matcher and composer. Front ends hold a
 * reference and swap it whole on reload, so a question never sees half an old and half a new FAQ.
 */
public final class FaqBot {
    private final Faq faq;
    private final Matcher matcher;
    private final ReplyComposer composer;
    private final Set<String> urgent;

    public FaqBot(Faq faq, MatchSettings settings) {
        this.faq = Objects.requireNonNull(faq, "faq");
        this.matcher = new Matcher(faq, settings);
        this.composer = new ReplyComposer(faq);
        this.urgent = faq.entries().stream().filter(Entry::urgent).map(Entry::id).collect(Collectors.toUnmodifiableSet());
    }

    public FaqBot(Faq faq) {
        this(faq, MatchSettings.DEFAULTS);
    }

    /** Matches the question and writes the reply; never throws for any text. */
    public Answer ask(Question question) {
        MatchResult m = matcher.match(question);
        return new Answer(m, composer.compose(m), m.id().filter(urgent::contains).isPresent());
    }

    public Answer ask(String text) {
        return ask(Question.of(text));
    }

    /** The answer for a topic picked by id, e.g. from a button. */
    public Reply entry(String id, Lang lang) {
        return composer.entry(id, lang);
    }

    public Faq faq() {
        return faq;
    }

    public Matcher matcher() {
        return matcher;
    }

    public ReplyComposer replies() {
        return composer;
    }
}
