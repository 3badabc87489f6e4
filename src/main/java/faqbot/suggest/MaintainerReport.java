package faqbot.suggest;

import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.feedback.Tally;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The feedback and suggestion sections of {@code faqbot report}, worded for an FAQ maintainer. */
public final class MaintainerReport {
    private MaintainerReport() {
    }

    /** Votes per entry in topic order, entries without votes left out. */
    public static String feedback(Faq faq, Map<String, Tally> tallies) {
        StringBuilder sb = new StringBuilder("Feedback from the 👍 / 👎 buttons (helpful / unhelpful per entry):\n");
        int shown = 0;
        for (Entry e : faq.entries()) {
            Tally t = tallies.getOrDefault(e.id(), Tally.NONE);
            if (!t.equals(Tally.NONE)) {
                sb.append(String.format(Locale.ROOT, "  %-28s %5d helpful, %5d unhelpful%n", e.id(), t.helpful(), t.unhelpful()));
                shown++;
            }
        }
        // Votes for entries since removed from the FAQ still say something about the old wording.
        for (Map.Entry<String, Tally> t : tallies.entrySet()) {
            if (faq.find(t.getKey()).isEmpty()) {
                sb.append(String.format(Locale.ROOT, "  %-28s %5d helpful, %5d unhelpful (no longer in the FAQ)%n",
                        t.getKey(), t.getValue().helpful(), t.getValue().unhelpful()));
                shown++;
            }
        }
        return shown == 0 ? "Feedback from the 👍 / 👎 buttons: no votes yet.\n" : sb.toString();
    }

    /**
     * The numbered missed questions to label, as lines ready for a file in {@code faq/questions/}: the
     * entry is the likeliest one, which the maintainer confirms or corrects ({@code --as}) when accepting.
     */
    public static String questionsToLabel(List<QuestionToLabel> questions) {
        if (questions.isEmpty()) {
            return "Questions to label: none (no missed or unhelpful question the question model could learn from).\n";
        }
        StringBuilder sb = new StringBuilder("Questions to label (the question model picks most answers; faqbot suggest label N "
                + "[--as ENTRY] adds question N's lines to faq/questions/learned.jsonl if check passes, or copy them yourself):\n");
        for (int i = 0; i < questions.size(); i++) {
            QuestionToLabel q = questions.get(i);
            sb.append(String.format(Locale.ROOT, "%n%2d. %d question%s (%s), likely %s:%n", i + 1, q.questions(), q.questions() == 1 ? "" : "s",
                    q.lang().code(), q.entryId()));
            q.wordings().forEach(w -> sb.append("    ").append(LabelledLines.lines(List.of(w), q.entryId())));
        }
        return sb.toString();
    }

    /** The numbered suggestions, the numbers being what {@code faqbot suggest accept N} takes. */
    public static String suggestions(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return "Suggestions: none (no cluster of missed or unhelpful questions that one word would fix).\n";
        }
        StringBuilder sb = new StringBuilder("Suggestions (faqbot suggest accept N writes one into the FAQ if check passes; "
                + "faqbot suggest reject N hides it):\n");
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            Change c = s.change();
            String kinds = s.kinds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(k -> k.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + k.getValue())
                    .collect(Collectors.joining(", "));
            // A form that joins a shared concept helps every entry using it, so the report names the concept.
            sb.append(s.concept().isPresent()
                    ? String.format(Locale.ROOT, "%n%2d. add \"%s\" (%s) to concept @%s, which entry %s needs%n", i + 1, c.surfaceForm(),
                            c.lang().code(), s.concept().get(), c.entryId())
                    : String.format(Locale.ROOT, "%n%2d. add \"%s\" (%s, weight %d) to entry %s%n", i + 1, c.surfaceForm(),
                            c.lang().code(), c.weight(), c.entryId()));
            sb.append(String.format(Locale.ROOT, "    %d question%s (%s); %d wording%s would then match %s%n",
                    s.questions(), s.questions() == 1 ? "" : "s", kinds, s.matched(), s.matched() == 1 ? "" : "s", c.entryId()));
            sb.append("    asked as: ").append(s.wordings().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "))).append('\n');
        }
        return sb.toString();
    }
}
