package faqbot.match;

import static faqbot.testing.Gen.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.core.Answer;
import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.match.NormalizerPropertyTest.Insert;
import faqbot.match.NormalizerPropertyTest.Texts;
import faqbot.reply.Reply;
import faqbot.testing.Cases;
import faqbot.testing.Gen;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The promises the bot makes for any message whatsoever, checked on the shipped FAQ with the
 * hostile generators of {@link NormalizerPropertyTest}: no exception, a reply that carries both
 * warnings of its language and fits in one Telegram message, and the same answer every time.
 */
class MatcherPropertyTest {
    /** Telegram's limit for one text message. */
    static final int TELEGRAM_MAX_CHARS = 4_096;

    private static Faq faq;
    private static FaqBot bot;
    private static FaqBot reloaded;
    private static List<String> evalQuestions;

    @BeforeAll
    static void loadTheShippedFaq() throws Exception {
        faq = new FaqLoader().load(Path.of("faq"));
        bot = new FaqBot(faq);
        // A second, independently loaded bot: answers must not depend on object identity or hash order.
        reloaded = new FaqBot(new FaqLoader().load(Path.of("faq")));
        ObjectMapper mapper = new ObjectMapper();
        evalQuestions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("faq/questions/questions.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                evalQuestions.add(mapper.readTree(line).get("q").asText());
            }
        }
    }

    @Test
    void anyMessageGetsAReplyWithBothWarningsOfItsLanguage() {
        Cases.forAll(Texts.HOSTILE_EDGES, 1000, Texts.hostile(), text -> {
            Reply reply = bot.ask(Question.of(text)).reply();
            Lang lang = reply.lang();
            assertEquals(Normalizer.normalize(text).hasHangul() ? Lang.KO : Lang.EN, lang, "Korean exactly when Hangul was typed");
            assertTrue(reply.text().contains(faq.warnings().legal().get(lang)), "legal warning missing");
            assertTrue(reply.text().contains(faq.warnings().scam().get(lang)), "scam warning missing");
        });
    }

    @Test
    void everyReplyFitsInOneTelegramMessage() {
        Cases.forAll(Texts.HOSTILE_EDGES, 1000, Texts.hostile(), text -> {
            String reply = bot.ask(Question.of(text)).reply().text();
            assertTrue(reply.length() <= TELEGRAM_MAX_CHARS, () -> "reply of " + reply.length() + " characters");
        });
    }

    /** A message with its language set by hand, and the language to use when the text does not tell. */
    record Forced(String text, Lang forced, Lang fallback) {
    }

    @Test
    void aForcedLanguageIsTheReplyLanguageWhateverTheText() {
        Gen<Lang> langs = Gen.of(Lang.class);
        Gen<Forced> cases = r -> new Forced(Texts.hostile().next(r), langs.next(r), langs.next(r));
        List<Forced> edges = new ArrayList<>();
        // Every pair of languages, each with text in the other language, no text and a long paste.
        for (Lang forced : Lang.values()) {
            for (Lang fallback : Lang.values()) {
                for (String text : List.of("", "is it legal?", "이거 불법인가요?", "소".repeat(10_000))) {
                    edges.add(new Forced(text, forced, fallback));
                }
            }
        }
        Cases.forAll(edges, 1000, cases, c -> {
            Reply reply = bot.ask(new Question(c.text(), Optional.of(c.forced()), c.fallback())).reply();
            assertEquals(c.forced(), reply.lang());
            assertTrue(reply.text().contains(faq.warnings().legal().get(c.forced())) && reply.text().contains(faq.warnings().scam().get(c.forced())));
            assertTrue(reply.text().length() <= TELEGRAM_MAX_CHARS);
        });
    }

    @Test
    void theSameQuestionAlwaysGetsTheSameAnswer() {
        Cases.forAll(Texts.HOSTILE_EDGES, 500, Texts.hostile(), text -> {
            Answer first = bot.ask(Question.of(text));
            Answer again = bot.ask(Question.of(text));
            Answer elsewhere = reloaded.ask(Question.of(text));
            for (Answer other : List.of(again, elsewhere)) {
                assertEquals(first.match().id(), other.match().id());
                assertEquals(first.match().ranked(), other.match().ranked());
                assertEquals(first.reply().text(), other.reply().text());
                assertEquals(first.reply().buttons(), other.reply().buttons());
            }
        });
    }

    @Test
    void rankingFollowsTheDocumentedOrderAndThreshold() {
        Cases.forAll(Texts.HOSTILE_EDGES, 1000, Texts.hostile(), text -> {
            Matcher matcher = bot.matcher();
            MatchResult m = matcher.match(Question.of(text));
            List<Candidate> ranked = m.ranked();
            // The answer (the question model's pick, or the rules' when they decide) comes first; the rest follow the rules' order.
            int from = m.matched() ? 1 : 0;
            for (int i = 0; i < ranked.size(); i++) {
                assertTrue(ranked.get(i).score() > 0, "only entries that scored are ranked");
                if (i > from) {
                    assertTrue(ranked.get(i - 1).compareTo(ranked.get(i)) < 0, "score, then order, then id");
                }
            }
            m.best().ifPresent(b -> {
                assertEquals(ranked.get(0), b);
                assertTrue(b.score() >= matcher.settings().threshold(), "an answer always reaches the threshold");
            });
            assertTrue(m.alternatives().size() <= matcher.settings().maxAlternatives());
            assertFalse(m.id().map(m.alternatives()::contains).orElse(false), "the answer is not its own alternative");
            assertEquals(m.id(), bot.ask(Question.of(text)).reply().entryId());
        });
    }

    /**
     * The matcher sees only the normalised text, so matching the normalised text gives the same
     * ranking; excluded as in {@link NormalizerPropertyTest#normalisingTwiceGivesTheSameWords}, and
     * texts with a link or @handle, which the matcher reads from the raw text on purpose ({@link Links}).
     */
    @Test
    void matchingDependsOnlyOnTheNormalisedText() {
        Cases.forAll(Texts.HOSTILE_EDGES, 1000, Texts.hostile(), text -> {
            NormalizedText n = Normalizer.normalize(text);
            if (n.text().length() > Normalizer.MAX_INPUT_CHARS || Links.in(text)) {
                return;
            }
            MatchResult original = bot.matcher().match(Question.of(text));
            MatchResult normalised = bot.matcher().match(Question.of(n.text()));
            assertEquals(original.ranked(), normalised.ranked());
            assertEquals(original.lang(), normalised.lang());
        });
    }

    /** Upper-casing ASCII letters is undone exactly by the normaliser, so it never changes an answer. */
    @Test
    void shoutingDoesNotChangeTheAnswer() {
        Gen<String> asciiAndKorean = Gen.join(Gen.frequency(
                weight(4, Texts.WORDS), weight(4, Texts.ASCII), weight(1, Gen.codePoints(0xAC00, 0xD7A3))), 0, 60);
        List<String> edges = List.of("", "a", "z", "~", "PayPal로", "is it legal? 불법인가요", "commision fees scam");
        Cases.forAll(edges, 1000, asciiAndKorean, text -> assertEquals(bot.matcher().match(Question.of(text)).ranked(),
                bot.matcher().match(Question.of(text.toUpperCase(Locale.ROOT))).ranked()));
    }

    /** A real question, invisible characters put into it, and what follows it after a space. */
    record Noisy(String question, List<Insert> inserts, String noise) {
        String text() {
            return NormalizerPropertyTest.insertAt(question, inserts) + " " + noise;
        }
    }

    /**
     * Real questions keep their answer when a phone or a copy-paste adds invisible characters inside
     * them, or when emoji and punctuation follow them after a space.
     */
    @Test
    void realQuestionsKeepTheirAnswerDespiteInvisibleCharactersAndTrailingEmoji() {
        Gen<String> questions = Gen.of(evalQuestions);
        Gen<String> trailingNoise = Gen.join(Gen.oneOf(Texts.EMOJI, Gen.of("?", "!", "...", "~", " ", "?!", "ㅠ")), 0, 6)
                .filter(s -> !s.contains("ㅠㅠㅠ"));
        Gen<List<Insert>> inserts = Texts.inserts(6);
        Gen<Noisy> cases = r -> new Noisy(questions.next(r), inserts.next(r), trailingNoise.next(r));
        // Every real question once with an invisible character at its start and its end and an emoji after it.
        List<Noisy> edges = evalQuestions.stream()
                .map(q -> new Noisy(q, List.of(new Insert(0, "\u200B"), new Insert(q.length() + 1, "\uFEFF")), "😀?"))
                .toList();
        Cases.forAll(edges, 1000, cases, c -> assertEquals(bot.ask(Question.of(c.question())).match().id(),
                bot.ask(Question.of(c.text())).match().id(), () -> "\"" + c.question() + "\" vs " + NormalizerPropertyTest.codePointsOf(c.text())));
    }
}
