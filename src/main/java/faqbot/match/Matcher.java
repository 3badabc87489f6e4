package faqbot.match;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.LabelledQuestion;
import faqbot.faq.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks the FAQ entry a question is about, by keyword rules and, when the FAQ has labelled questions,
 * the question model they feed: explainable to a maintainer, and the same question always gets the
 * same answer. Immutable and thread-safe.
 */
public final class Matcher {
    /** A rules score this high (two strong concepts) is a plain topic question, not despair. */
    private static final double RULES_OUTWEIGH_MODEL_CRISIS = 5.0;
    /**
     * ... and only when the model scores that topic within this much of the crisis lines: "my brother wants
     * to kill himself over his phone bill debt" names a bill clearly, but the model was sure it was a crisis
     * (the topic 0.5-1.0 below). Of 32,846 labelled questions this changed that one answer, and only to the crisis lines.
     */
    private static final double CRISIS_YIELDS_WITHIN = 0.5;
    private final MatchSettings settings;
    private final RuleTable rules;
    private final ConceptTable concepts;
    private final Set<String> urgent;
    // Entries whose rules decide when they pick them (urgent ones and those marked rules_first), with the
    // model's doubt at which each yields (Entry.rulesFirstDoubt).
    private final Map<String, Double> rulesFirst;
    private final Optional<QuestionModel> model;
    private final Map<String, Integer> orderOf;
    // What the question model was learned from besides the examples, to tell whether an edited FAQ may keep it.
    private final List<String> entryIds;
    private final List<LabelledQuestion> questions;

    public Matcher(Faq faq, MatchSettings settings) {
        this(faq, settings, ConceptTable.build(faq), table -> QuestionModel.of(faq, table));
    }

    /** With {@code model} given the concept table, so that training reads the questions with the matcher's own (no second copy). */
    private Matcher(Faq faq, MatchSettings settings, ConceptTable concepts, Function<ConceptTable, Optional<QuestionModel>> model) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.concepts = concepts;
        this.rules = new RuleTable(faq.entries(), concepts);
        this.urgent = faq.entries().stream().filter(Entry::urgent).map(Entry::id).collect(Collectors.toUnmodifiableSet());
        this.orderOf = faq.entries().stream().collect(Collectors.toUnmodifiableMap(Entry::id, Entry::order));
        this.entryIds = faq.entries().stream().map(Entry::id).toList();
        this.questions = faq.questions();
        this.rulesFirst = faq.entries().stream().filter(Entry::rulesFirst)
                .collect(Collectors.toUnmodifiableMap(Entry::id, Entry::rulesFirstDoubt));
        this.model = model.apply(concepts);
    }

    public Matcher(Faq faq) {
        this(faq, MatchSettings.DEFAULTS);
    }

    /**
     * A matcher for {@code edited}, a version of this FAQ with other rules, vocabulary or examples, that
     * keeps this matcher's question model: trying a suggested rules edit must not train a model again
     * (seconds and over 100 MB of heap each time), and one more example barely moves a model learned
     * from thousands of questions. With other entries, or other labelled questions, it trains as usual.
     */
    public Matcher withRulesOf(Faq edited) {
        boolean sameEntries = edited.entries().stream().map(Entry::id).toList().equals(entryIds);
        boolean sameConcepts = model.map(m -> m.readsConceptsOf(edited.vocabulary())).orElse(true);
        return sameEntries && sameConcepts && edited.questions().equals(questions)
                ? new Matcher(edited, settings, ConceptTable.build(edited), table -> model) : new Matcher(edited, settings);
    }

    /** Whether a question model, learned from labelled questions, picks most answers (else the rules alone do). */
    public boolean hasQuestionModel() {
        return model.isPresent();
    }

    /** The question model, for tests. */
    Optional<QuestionModel> model() {
        return model;
    }

    public MatchSettings settings() {
        return settings;
    }

    /** Matches one question; never throws for any text. */
    public MatchResult match(Question question) {
        String folded = Normalizer.fold(question.text());
        boolean[] found = concepts.find(folded, question.text());
        Lang lang = question.forced().orElse(concepts.lastHadHangul() ? Lang.KO : question.fallback());
        boolean blank = concepts.lastBlank();
        List<Candidate> ranked = blank ? List.of() : score(found);
        Optional<Candidate> best = ranked.isEmpty() || ranked.get(0).score() < settings.threshold()
                ? Optional.empty() : Optional.of(ranked.get(0));
        // When the FAQ has labelled questions, the question model picks the entry: on questions written
        // by people who never saw the rules it is right about 0.95 of the time, the rules about 0.85.
        // The rules still decide when they find a crisis, so anything the despair vocabulary catches
        // gets 109 whatever the model thinks (the model adds the despair it learned to recognise), and
        // when they find a request to get around the law (rules_first), which must get the refusal,
        // unless the model scores that entry far below its own pick (a word like "kid" alone is no minor's question).
        if (model.isPresent() && !blank && best.map(c -> !urgent.contains(c.id())).orElse(true)) {
            QuestionModel.Guess guess = model.get().guess(folded, found);
            boolean rulesDecide = best.filter(c -> rulesFirst.containsKey(c.id()))
                    .map(c -> model.get().shortfall(c.id()) <= rulesFirst.get(c.id())).orElse(false);
            // The model's crisis guess yields when the rules clearly found another topic and the model finds that
            // topic nearly as likely ("Dad here, I want to block my kid's payments": the model heard despair in
            // "can't do ... at all"); 109 stays in the warnings.
            boolean crisisYields = guess.id().map(urgent::contains).orElse(false)
                    && best.filter(c -> c.score() >= RULES_OUTWEIGH_MODEL_CRISIS).isPresent()
                    && model.get().shortfall(best.get().id()) <= CRISIS_YIELDS_WITHIN;
            if (!rulesDecide && !crisisYields) {
                return byModel(question.text(), folded, lang, guess, anyTrue(found), ranked);
            }
        }
        // The crisis lines are given plainly, without a "did you mean" that could send the person elsewhere.
        boolean close = best.isPresent() && ranked.size() > 1 && !urgent.contains(best.get().id())
                && ranked.get(1).score() >= best.get().score() - settings.closeMargin();
        List<String> alternatives = new ArrayList<>();
        for (Candidate c : ranked.subList(best.isPresent() ? 1 : 0, ranked.size())) {
            // Runners-up are offered when close to the winner; without a winner, guesses above half
            // the threshold are offered, so a lone context word ("phone") suggests nothing.
            boolean worthOffering = best.isPresent()
                    ? c.score() >= best.get().score() - settings.closeMargin()
                    : c.score() > settings.threshold() / 2;
            if (alternatives.size() >= settings.maxAlternatives() || !worthOffering) {
                break;
            }
            alternatives.add(c.id());
        }
        return new MatchResult(question.text(), folded, lang, best, ranked, alternatives, close);
    }

    /** The model's pick, put first in the rules' ranking, with the runners-up the model finds nearly as likely. */
    private MatchResult byModel(String text, String folded, Lang lang, QuestionModel.Guess guess, boolean knownWord,
                                List<Candidate> rules) {
        // The model answers only a question holding at least one word of the vocabulary, so "evil" or
        // "مرحبا" gets the topic list rather than a guess; the crisis lines are offered on any wording.
        Optional<String> pick = guess.id().filter(id -> knownWord || urgent.contains(id));
        double rulesScore = 0;
        // Built in an array and handed over as List.of, which MatchResult keeps without copying again.
        Candidate[] ranked = new Candidate[rules.size() + 1];
        int n = 1;
        for (Candidate c : rules) {
            if (pick.isPresent() && c.id().equals(pick.get())) {
                rulesScore = c.score();
            } else {
                ranked[n++] = c;
            }
        }
        // Its score is the rules' score for it, and at least the threshold, so "matched" still means score >= threshold.
        double score = Math.max(rulesScore, settings.threshold());
        Optional<Candidate> best = pick.map(id -> new Candidate(id, score, orderOf.get(id)));
        int first = best.isPresent() ? 0 : 1;
        best.ifPresent(b -> ranked[0] = b);
        // No "did you mean" under the crisis lines, nor under a guess the gate above turned down.
        List<String> runnersUp = guess.runnersUp();
        List<String> alternatives = pick.map(urgent::contains).orElse(guess.id().isPresent())
                ? List.of() : runnersUp.size() <= settings.maxAlternatives() ? runnersUp : runnersUp.subList(0, settings.maxAlternatives());
        return new MatchResult(text, folded, lang, best, List.of(Arrays.copyOfRange(ranked, first, n)), alternatives,
                best.isPresent() && !alternatives.isEmpty(), MatchResult.Decider.MODEL);
    }

    /** The concepts (as {@code @id}) and entry words found in a question, e.g. for eval misses. */
    public List<String> explain(String question) {
        return concepts.names(concepts.find(Normalizer.fold(question), question));
    }

    /** The question as the automaton reads it (word keys, typos corrected, Korean joined), for maintainers. */
    public String prepared(String question) {
        return concepts.prepared(Normalizer.fold(question));
    }

    private List<Candidate> score(boolean[] found) {
        // A question about something else (a stock, a Netflix refund) matches no entry, whatever topic
        // words it shares with the FAQ, unless it also names the bot's own subject; the urgent entries
        // are the exception, because a person who lost everything on stocks and wants to die needs 109.
        return rules.score(found, concepts.outsideOnly(found), settings.threshold());
    }

    private static boolean anyTrue(boolean[] found) {
        for (boolean f : found) {
            if (f) {
                return true;
            }
        }
        return false;
    }
}
