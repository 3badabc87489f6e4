package faqbot.store;

import faqbot.core.ChatKind;
import faqbot.faq.Lang;
import faqbot.match.Normalizer;
import faqbot.text.WordLists;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the unanswered log into advice for FAQ maintainers: questions grouped when they share
 * their keywords, most frequent first, each with the entry that came closest, so the missing rule
 * is obvious ("is paypal legit??" x17, nearest entry paypal at 1.4).
 */
public final class UnansweredReport {
    /** Words that say nothing about the topic, in both languages; dropped before grouping. */
    static final Set<String> STOPWORDS = stopwords();
    /**
     * Korean particles and question endings stripped from the end of a word, so that two spellings of
     * one word group together; longest first, one per word.
     */
    private static final List<String> SUFFIXES = WordLists.of("report.suffixes.ko");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private UnansweredReport() {
    }

    private static Set<String> stopwords() {
        Set<String> words = new java.util.HashSet<>(WordLists.of("report.stopwords.en"));
        words.addAll(WordLists.of("report.stopwords.ko"));
        return Set.copyOf(words);
    }

    /**
     * Questions that share a group key; what a maintainer needs to write one rule.
     *
     * @param key          the sorted keywords, e.g. "legit paypal"
     * @param count        how many records, e.g. 17
     * @param example      the most frequent wording, e.g. "is paypal legit??"
     * @param langs        records per reply language, e.g. {EN=15, KO=2}
     * @param chats        records per chat kind, e.g. {GROUP=10, PRIVATE=7}
     * @param closeCalls   how many were close calls rather than misses, e.g. 5
     * @param candidate    the entry that most often came closest, e.g. "paypal"; empty when nothing ever scored
     * @param candidateHits how many records had that candidate, e.g. 11
     * @param averageScore that candidate's average score over those records, e.g. 1.4
     */
    public record Group(String key, int count, String example, Map<Lang, Integer> langs, Map<ChatKind, Integer> chats,
                        int closeCalls, Optional<String> candidate, int candidateHits, double averageScore) {
        public Group {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(example, "example");
            langs = Map.copyOf(langs);
            chats = Map.copyOf(chats);
            Objects.requireNonNull(candidate, "candidate");
        }
    }

    /** The grouping key of one question: its keywords without stopwords, particles stripped, distinct and sorted. */
    public static String groupKey(String question) {
        List<String> words = Normalizer.normalize(question).words();
        TreeSet<String> keywords = new TreeSet<>();
        for (String w : words) {
            String k = stripParticle(w);
            // A lone Latin letter is what is left of "what's" or "don't": no topic in it.
            boolean strayLetter = w.length() == 1 && w.charAt(0) < 0x80 && Character.isLetter(w.charAt(0));
            if (!strayLetter && !STOPWORDS.contains(w) && !STOPWORDS.contains(k)) {
                keywords.add(k);
            }
        }
        if (keywords.isEmpty()) {
            // "what is this?": all stopwords; group by the words themselves rather than lumping all such questions together.
            keywords.addAll(words);
        }
        return String.join(" ", keywords);
    }

    /** Groups the records, most frequent group first, ties by key, so the same log always prints the same report. */
    public static List<Group> group(List<UnansweredRecord> records) {
        Map<String, List<UnansweredRecord>> byKey = new LinkedHashMap<>();
        for (UnansweredRecord r : records) {
            byKey.computeIfAbsent(groupKey(r.question()), k -> new ArrayList<>()).add(r);
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, rs) -> groups.add(summarise(key, rs)));
        groups.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::key));
        return List.copyOf(groups);
    }

    /** The text {@code faqbot report} prints: a header, then the {@code top} largest groups. */
    public static String render(UnansweredLog.Contents contents, String location, int top) {
        StringBuilder sb = new StringBuilder();
        List<UnansweredRecord> records = contents.records();
        String skipped = contents.unreadableLines() == 0 ? ""
                : ", " + contents.unreadableLines() + " unreadable line" + (contents.unreadableLines() == 1 ? "" : "s") + " skipped";
        if (records.isEmpty()) {
            return sb.append("No unanswered questions recorded in ").append(location).append(skipped).append(".\n").toString();
        }
        List<Group> groups = group(records);
        sb.append("Unanswered questions in ").append(location).append(": ").append(records.size()).append(" record")
                .append(records.size() == 1 ? "" : "s").append(skipped).append(", ")
                .append(MINUTE.format(records.get(0).minute())).append(" to ")
                .append(MINUTE.format(records.get(records.size() - 1).minute())).append(" UTC.\n");
        int shown = Math.min(top, groups.size());
        sb.append("Most frequent first, grouped by keywords (").append(shown).append(" of ").append(groups.size())
                .append(" group").append(groups.size() == 1 ? "" : "s").append("):\n");
        for (int i = 0; i < shown; i++) {
            Group g = groups.get(i);
            sb.append('\n').append(String.format(Locale.ROOT, "%2d. %d x \"%s\"%n", i + 1, g.count(), g.example()));
            sb.append("    keywords: ").append(g.key().isEmpty() ? "(none)" : g.key()).append('\n');
            sb.append("    language: ").append(counts(g.langs(), Lang.values()))
                    .append("; chat: ").append(counts(g.chats(), ChatKind.values()));
            if (g.closeCalls() > 0) {
                sb.append("; close calls: ").append(g.closeCalls());
            }
            sb.append('\n');
            sb.append("    nearest entry: ").append(g.candidate()
                    .map(c -> String.format(Locale.ROOT, "%s, average score %.2f (%d of %d)", c, g.averageScore(), g.candidateHits(), g.count()))
                    .orElse("none (no entry scored at all)")).append('\n');
        }
        return sb.toString();
    }

    private static Group summarise(String key, List<UnansweredRecord> rs) {
        Map<String, Integer> wordings = new LinkedHashMap<>();
        Map<Lang, Integer> langs = new EnumMap<>(Lang.class);
        Map<ChatKind, Integer> chats = new EnumMap<>(ChatKind.class);
        Map<String, int[]> hits = new LinkedHashMap<>();
        Map<String, double[]> scores = new LinkedHashMap<>();
        int close = 0;
        for (UnansweredRecord r : rs) {
            wordings.merge(r.question(), 1, Integer::sum);
            langs.merge(r.lang(), 1, Integer::sum);
            chats.merge(r.chat(), 1, Integer::sum);
            close += r.closeCall() ? 1 : 0;
            r.candidate().ifPresent(c -> {
                hits.computeIfAbsent(c, x -> new int[1])[0]++;
                scores.computeIfAbsent(c, x -> new double[1])[0] += r.score();
            });
        }
        // Most frequent wording, first seen on a tie: a real question as people type it.
        String example = rs.get(0).question();
        for (Map.Entry<String, Integer> e : wordings.entrySet()) {
            if (e.getValue() > wordings.get(example)) {
                example = e.getKey();
            }
        }
        Optional<String> candidate = hits.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst();
        int candidateHits = candidate.map(c -> hits.get(c)[0]).orElse(0);
        double average = candidate.map(c -> scores.get(c)[0] / hits.get(c)[0]).orElse(0.0);
        return new Group(key, rs.size(), example, langs, chats, close, candidate, candidateHits, average);
    }

    private static String stripParticle(String word) {
        if (!Normalizer.normalize(word).hasHangul()) {
            return word;
        }
        for (String p : SUFFIXES) {
            // Keep at least two syllables, so "평가" does not become "평" nor "필요" become "필".
            if (word.endsWith(p) && word.length() - p.length() >= 2) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return word;
    }

    private static <K> String counts(Map<K, Integer> m, K[] order) {
        List<String> parts = new ArrayList<>();
        for (K k : order) {
            Integer n = m.get(k);
            if (n != null) {
                parts.add(k.toString().toLowerCase(Locale.ROOT) + " " + n);
            }
        }
        return String.join(", ", parts);
    }
}
