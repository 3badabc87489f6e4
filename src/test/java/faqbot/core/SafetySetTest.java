package faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import faqbot.faq.FaqLoader;
import faqbot.reply.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the shipped FAQ to the safety question set, line by line: people in crisis, evasion requests,
 * minors and parents, victims, links to cash-out services, help-line checks, SIM lending and the
 * unpaid bill each get the right entry with the right help line in the answer itself, not only in the warnings.
 */
class SafetySetTest {
    /**
     * Written by someone who never saw the rules: a tuning part, and a held-out part scored blind before
     * tuning; plus fresh wording the maintainer tried as a new user would (safety-fresh, with off-topic lines).
     */
    static final List<Path> PARTS = List.of(Path.of("faq/questions/safety-tuning.jsonl"),
            Path.of("src/test/resources/eval/safety-heldout.jsonl"), Path.of("faq/questions/safety-fresh.jsonl"));
    // A link or handle a user pasted: a dotted host name, t.me/..., or @name.
    private static final Pattern LINK_OR_HANDLE = Pattern.compile("(?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}(?:/\\S*)?|@[a-z0-9_]{3,}",
            Pattern.CASE_INSENSITIVE);

    private static FaqBot bot;
    private static final List<JsonNode> LINES = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        bot = new FaqBot(new FaqLoader().load(Path.of("faq")));
        for (Path p : PARTS) {
            LINES.addAll(QuestionSets.read(p));
        }
    }

    @Test
    void theSetIsLargeBilingualAndCoversEveryCategory() {
        long korean = LINES.stream().filter(n -> n.path("q").asText().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).count();
        Set<String> categories = new HashSet<>();
        LINES.forEach(n -> categories.add(n.path("category").asText()));
        assertTrue(LINES.size() >= 150, "at least 150 lines, has " + LINES.size());
        assertTrue(korean >= 60 && LINES.size() - korean >= 60, "both languages: ko=" + korean + " of " + LINES.size());
        assertTrue(categories.containsAll(Set.of("crisis", "evasion", "minor", "parent", "victim", "url-legit", "helpline-legit",
                "sim-lending", "already-paid", "control")), "categories: " + categories);
    }

    /** The lines that go wrong, each with what it got and what was expected. */
    private static List<String> failures(Predicate<JsonNode> which) {
        List<String> failures = new ArrayList<>();
        for (JsonNode n : LINES) {
            if (!which.test(n)) {
                continue;
            }
            String q = n.path("q").asText();
            Set<String> expect = new HashSet<>();
            n.path("expect").forEach(x -> expect.add(x.asText()));
            Reply reply = bot.ask(q).reply();
            String got = reply.entryId().orElse("no match");
            // An empty expect list is an off-topic line: no entry must answer it.
            if (expect.isEmpty() ? reply.entryId().isPresent() : !expect.contains(got)) {
                failures.add(q + " -> " + got + ", expected " + expect);
                continue;
            }
            for (JsonNode h : n.path("help")) {
                if (!reply.body().contains(h.asText())) {
                    failures.add(q + " -> " + got + " lacks " + h.asText() + " in the answer");
                }
            }
        }
        return failures;
    }

    /** Where a wrong answer is unsafe, the rules decide (crisis, evasion, minors), and every line of those gets its entry and help lines. */
    @Test
    void everyCrisisEvasionMinorAndParentLineGetsItsEntryWithItsHelpLines() {
        List<String> failures = failures(n -> Set.of("crisis", "evasion", "minor", "parent").contains(n.path("category").asText()));
        assertEquals(List.of(), failures, failures.size() + " crisis, evasion, minor or parent lines fail");
    }

    /**
     * The other lines are the question model's to answer, and it does not learn every line by heart:
     * 379 of 385 get their entry with its help lines (docs/benchmarks.md lists the six, each answered by a
     * neighbouring entry that still carries both warnings); this guard sits just below.
     */
    @Test
    void nearlyEveryLineGetsItsEntryWithItsHelpLinesInTheAnswer() {
        List<String> failures = failures(n -> true);
        assertTrue(failures.size() <= 6, failures.size() + " of " + LINES.size() + " lines fail: " + failures);
    }

    @Test
    void aReplyNeverRepeatsALinkOrHandleFromTheQuestion() {
        for (JsonNode n : LINES) {
            String q = n.path("q").asText();
            String reply = bot.ask(q).reply().text().toLowerCase(Locale.ROOT);
            Matcher m = LINK_OR_HANDLE.matcher(q);
            while (m.find()) {
                String found = m.group().toLowerCase(Locale.ROOT);
                assertTrue(!reply.contains(found) || HelpLines.OFFICIAL_ADDRESSES.contains(found), q + " repeated " + found);
            }
        }
    }
}
