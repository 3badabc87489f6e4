package faqbot.suggest;

import faqbot.faq.Faq;
import faqbot.faq.Lang;
import faqbot.match.Candidate;
import faqbot.match.MatchResult;
import faqbot.match.MatchSettings;
import faqbot.match.Matcher;
import faqbot.match.Question;
import faqbot.store.UnansweredReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, in the questions the FAQ missed or answered unhelpfully, the surface form that would have
 * matched them and the entry they most likely belong to (the active-learning loop good FAQ systems
 * have), and keeps only what it has tried: every suggestion is shown to make real questions match.
 */
public final class SuggestionMiner {
    /** Suggestions shown at most: a maintainer acts on the top of the list. */
    public static final int MAX_SUGGESTIONS = 20;
    private static final int WORDINGS_SHOWN = 3;
    /** What the redaction puts in place of personal data; never a topic word. */
    private static final Set<String> MASKS = Set.of("number", "link", "user", "email");

    private final Faq faq;
    private final MatchSettings settings;
    private final FaqEditor editor;
    private final Matcher matcher;

    public SuggestionMiner(Faq faq, MatchSettings settings, FaqEditor editor) {
        this.faq = faq;
        this.settings = settings;
        this.editor = editor;
        this.matcher = new Matcher(faq, settings);
    }

    /** Suggestions, largest cluster first, skipping those whose key is in {@code rejected}; the same input gives the same list. */
    public List<Suggestion> mine(List<Signal> signals, Set<String> rejected) {
        List<Suggestion> out = new ArrayList<>();
        for (Map.Entry<String, List<Signal>> cluster : clusters(signals)) {
            if (out.size() == MAX_SUGGESTIONS) {
                break;
            }
            String keywords = cluster.getKey().substring(cluster.getKey().indexOf('|') + 1);
            suggest(cluster.getValue(), keywords).filter(s -> !rejected.contains(s.key())).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * When the FAQ has labelled questions, the clusters it still misses, each with the entry it most
     * likely belongs to, largest first: lines for a maintainer to confirm and add to {@code faq/questions/}.
     * Empty for an FAQ the rules alone answer, where {@link #mine} is the way to mend a miss.
     */
    public List<QuestionToLabel> questionsToLabel(List<Signal> signals) {
        if (!matcher.hasQuestionModel()) {
            return List.of();
        }
        List<QuestionToLabel> out = new ArrayList<>();
        for (Map.Entry<String, List<Signal>> cluster : clusters(signals)) {
            if (out.size() == MAX_SUGGESTIONS) {
                break;
            }
            List<Signal> signalsOf = cluster.getValue();
            Lang lang = signalsOf.get(0).lang();
            List<String> wordings = wordings(signalsOf);
            Set<String> unhelpful = unhelpful(signalsOf);
            MatchResult now = match(matcher, wordings.get(0), lang);
            // A question with no word of the vocabulary gets the topic list whatever the model learns: a word is what mends it.
            if (answered(now, unhelpful) || matcher.explain(wordings.get(0)).isEmpty()) {
                continue;
            }
            // The model's own runners-up first: it is what decides, and they are its nearest guesses.
            Optional<String> entry = now.alternatives().stream().filter(id -> !unhelpful.contains(id)).findFirst()
                    .or(() -> likelyEntry(signalsOf, now, unhelpful));
            entry.ifPresent(id -> out.add(new QuestionToLabel(id, lang, signalsOf.size(),
                    wordings.subList(0, Math.min(WORDINGS_SHOWN, wordings.size())))));
        }
        return List.copyOf(out);
    }

    /** Signals grouped by language and masked keywords, largest group first, then by key, so the order is stable. */
    private static List<Map.Entry<String, List<Signal>>> clusters(List<Signal> signals) {
        Map<String, List<Signal>> clusters = new LinkedHashMap<>();
        for (Signal s : signals) {
            String key = UnansweredReport.groupKey(s.question());
            if (!key.isBlank()) {
                clusters.computeIfAbsent(s.lang().code() + "|" + key, k -> new ArrayList<>()).add(s);
            }
        }
        List<Map.Entry<String, List<Signal>>> ordered = new ArrayList<>(clusters.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<String, List<Signal>> e) -> e.getValue().size()).reversed()
                .thenComparing(Map.Entry::getKey));
        return ordered;
    }

    /** Answered plainly, by an entry no reader called unhelpful: someone fixed the FAQ since. */
    private static boolean answered(MatchResult now, Set<String> unhelpful) {
        return now.matched() && !now.closeCall() && !unhelpful.contains(now.id().get());
    }

    /** The entries readers said did not help: not where the question belongs. */
    private static Set<String> unhelpful(List<Signal> cluster) {
        Set<String> unhelpful = new LinkedHashSet<>();
        cluster.stream().filter(s -> s.kind() == Signal.Kind.UNHELPFUL).forEach(s -> s.entryId().ifPresent(unhelpful::add));
        return unhelpful;
    }

    private Optional<Suggestion> suggest(List<Signal> cluster, String keywords) {
        Lang lang = cluster.get(0).lang();
        List<String> wordings = wordings(cluster);
        // An entry a reader said did not help is not where the question belongs.
        Set<String> unhelpful = unhelpful(cluster);
        MatchResult now = match(matcher, wordings.get(0), lang);
        if (answered(now, unhelpful)) {
            return Optional.empty(); // already answered since: someone fixed the FAQ
        }
        Optional<String> entry = likelyEntry(cluster, now, unhelpful);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        List<Suggestion> tried = new ArrayList<>();
        for (String form : keywords.split(" ")) {
            if (!usable(form)) {
                continue;
            }
            for (int weight = 2; weight <= 3; weight++) {
                Change c = new Change(entry.get(), lang, form, weight, wordings.get(0));
                if (editor.knows(faq, c)) {
                    break;
                }
                Matcher m = matcher.withRulesOf(editor.tryChange(faq, c));
                List<String> hits = wordings.stream().filter(w -> match(m, w, lang).id().equals(entry)).toList();
                if (!hits.isEmpty()) {
                    Change accepted = new Change(entry.get(), lang, form, weight, hits.get(0));
                    tried.add(new Suggestion(accepted, cluster.size(), hits.size(),
                            wordings.subList(0, Math.min(WORDINGS_SHOWN, wordings.size())), kinds(cluster), editor.concept(faq, accepted)));
                    break;
                }
            }
        }
        // Most wordings matched, then the lighter weight (less risk of taking other questions), then the longer, more specific form.
        return tried.stream().min(Comparator.comparingInt(Suggestion::matched).reversed()
                .thenComparingInt(x -> x.change().weight())
                .thenComparing(x -> x.change().surfaceForm().length(), Comparator.reverseOrder())
                .thenComparing(x -> x.change().surfaceForm()));
    }

    /**
     * Whether a keyword can be a term: letters in it, two syllables for Korean (one occurs inside
     * too many words), and not a mask the redaction left, such as "[number]".
     */
    static boolean usable(String form) {
        if (MASKS.contains(form) || form.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        boolean hangul = form.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
        return hangul ? form.codePointCount(0, form.length()) >= 2 : form.length() >= 3;
    }

    private static Optional<String> likelyEntry(List<Signal> cluster, MatchResult now, Set<String> unhelpful) {
        Optional<String> ranked = now.ranked().stream().map(Candidate::id).filter(id -> !unhelpful.contains(id)).findFirst();
        if (ranked.isPresent()) {
            return ranked;
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        cluster.stream().filter(s -> s.kind() != Signal.Kind.UNHELPFUL)
                .forEach(s -> s.entryId().ifPresent(id -> votes.merge(id, 1, Integer::sum)));
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey);
    }

    private static MatchResult match(Matcher m, String question, Lang lang) {
        return m.match(new Question(question, Optional.of(lang), lang));
    }

    /** Distinct wordings, most frequent first, then first seen. */
    private static List<String> wordings(List<Signal> cluster) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cluster.forEach(s -> counts.merge(s.question(), 1, Integer::sum));
        List<String> w = new ArrayList<>(counts.keySet());
        w.sort(Comparator.comparingInt((String q) -> counts.get(q)).reversed());
        return w;
    }

    private static Map<Signal.Kind, Integer> kinds(List<Signal> cluster) {
        Map<Signal.Kind, Integer> m = new EnumMap<>(Signal.Kind.class);
        cluster.forEach(s -> m.merge(s.kind(), 1, Integer::sum));
        return m;
    }
}
