package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.core.Answer;
import faqbot.core.FaqBot;
import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.Lang;
import faqbot.reply.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

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

    @BeforeContainer
    static void loadTheShippedFaq() throws Exception {
        faq = new FaqLoader().load(Path.of("faq"));
        bot = new FaqBot(faq);
        // A second, independently loaded bot: answers must not depend on object identity or hash order.
        reloaded = new FaqBot(new FaqLoader().load(Path.of("faq")));
        ObjectMapper mapper = new ObjectMapper();
        evalQuestions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/questions.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                evalQuestions.add(mapper.readTree(line).get("q").asText());
            }
        }
    }

    @Property(tries = 1000)
    void anyMessageGetsAReplyWithBothWarningsOfItsLanguage(@ForAll("hostileText") String text) {
        Reply reply = bot.ask(Question.of(text)).reply();
        Lang lang = reply.lang();
        assertEquals(Normalizer.normalize(text).hasHangul() ? Lang.KO : Lang.EN, lang, "Korean exactly when Hangul was typed");
        assertTrue(reply.text().contains(faq.warnings().legal().get(lang)), "legal warning missing");
        assertTrue(reply.text().contains(faq.warnings().scam().get(lang)), "scam warning missing");
    }

    @Property(tries = 1000)
    void everyReplyFitsInOneTelegramMessage(@ForAll("hostileText") String text) {
        String reply = bot.ask(Question.of(text)).reply().text();
        assertTrue(reply.length() <= TELEGRAM_MAX_CHARS, () -> "reply of " + reply.length() + " characters");
    }

    @Property(tries = 1000)
    void aForcedLanguageIsTheReplyLanguageWhateverTheText(@ForAll("hostileText") String text, @ForAll Lang forced, @ForAll Lang fallback) {
        Reply reply = bot.ask(new Question(text, Optional.of(forced), fallback)).reply();
        assertEquals(forced, reply.lang());
        assertTrue(reply.text().contains(faq.warnings().legal().get(forced)) && reply.text().contains(faq.warnings().scam().get(forced)));
        assertTrue(reply.text().length() <= TELEGRAM_MAX_CHARS);
    }

    @Property(tries = 500)
    void theSameQuestionAlwaysGetsTheSameAnswer(@ForAll("hostileText") String text) {
        Answer first = bot.ask(Question.of(text));
        Answer again = bot.ask(Question.of(text));
        Answer elsewhere = reloaded.ask(Question.of(text));
        for (Answer other : List.of(again, elsewhere)) {
            assertEquals(first.match().id(), other.match().id());
            assertEquals(first.match().ranked(), other.match().ranked());
            assertEquals(first.reply().text(), other.reply().text());
            assertEquals(first.reply().buttons(), other.reply().buttons());
        }
    }

    @Property(tries = 1000)
    void rankingFollowsTheDocumentedOrderAndThreshold(@ForAll("hostileText") String text) {
        Matcher matcher = bot.matcher();
        MatchResult m = matcher.match(Question.of(text));
        List<Candidate> ranked = m.ranked();
        for (int i = 0; i < ranked.size(); i++) {
            assertTrue(ranked.get(i).score() > 0, "only entries that scored are ranked");
            if (i > 0) {
                assertTrue(ranked.get(i - 1).compareTo(ranked.get(i)) < 0, "score, then order, then id");
            }
        }
        boolean reaches = !ranked.isEmpty() && ranked.get(0).score() >= matcher.settings().threshold();
        assertEquals(reaches, m.matched());
        m.best().ifPresent(b -> assertEquals(ranked.get(0), b));
        assertTrue(m.alternatives().size() <= matcher.settings().maxAlternatives());
        assertFalse(m.id().map(m.alternatives()::contains).orElse(false), "the answer is not its own alternative");
        assertTrue(ranked.stream().map(Candidate::id).toList().containsAll(m.alternatives()));
        assertEquals(m.id(), bot.ask(Question.of(text)).reply().entryId());
    }

    /**
     * The matcher sees only the normalised text, so matching the normalised text gives the same
     * ranking; excluded as in {@link NormalizerPropertyTest#normalisingTwiceGivesTheSameWords}.
     */
    @Property(tries = 1000)
    void matchingDependsOnlyOnTheNormalisedText(@ForAll("hostileText") String text) {
        NormalizedText n = Normalizer.normalize(text);
        Assume.that(n.text().length() <= Normalizer.MAX_INPUT_CHARS);
        MatchResult original = bot.matcher().match(Question.of(text));
        MatchResult normalised = bot.matcher().match(Question.of(n.text()));
        assertEquals(original.ranked(), normalised.ranked());
        assertEquals(original.lang(), normalised.lang());
    }

    /** Upper-casing ASCII letters is undone exactly by the normaliser, so it never changes an answer. */
    @Property(tries = 1000)
    void shoutingDoesNotChangeTheAnswer(@ForAll("asciiAndKorean") String text) {
        assertEquals(bot.matcher().match(Question.of(text)).ranked(),
                bot.matcher().match(Question.of(text.toUpperCase(Locale.ROOT))).ranked());
    }

    /**
     * Real questions keep their answer when a phone or a copy-paste adds invisible characters inside
     * them, or when emoji and punctuation follow them after a space.
     */
    @Property(tries = 1000)
    void realQuestionsKeepTheirAnswerDespiteInvisibleCharactersAndTrailingEmoji(
            @ForAll("evalQuestion") String q,
            @ForAll("invisibleInserts") List<Tuple.Tuple2<Integer, String>> inserts,
            @ForAll("trailingNoise") String noise) {
        String noisy = NormalizerPropertyTest.insertAt(q, inserts) + " " + noise;
        assertEquals(bot.ask(Question.of(q)).match().id(), bot.ask(Question.of(noisy)).match().id(),
                () -> "\"" + q + "\" vs " + NormalizerPropertyTest.codePointsOf(noisy));
    }

    @Provide
    Arbitrary<String> hostileText() {
        return NormalizerPropertyTest.Texts.hostile();
    }

    @Provide
    Arbitrary<String> asciiAndKorean() {
        return NormalizerPropertyTest.Texts.join(Arbitraries.frequencyOf(
                Tuple.of(4, NormalizerPropertyTest.Texts.WORDS), Tuple.of(4, NormalizerPropertyTest.Texts.ASCII),
                Tuple.of(1, NormalizerPropertyTest.Texts.codePoints(0xAC00, 0xD7A3))), 0, 60);
    }

    @Provide
    Arbitrary<String> evalQuestion() {
        return Arbitraries.of(evalQuestions);
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, String>>> invisibleInserts() {
        return Arbitraries.integers().greaterOrEqual(0).flatMap(i -> NormalizerPropertyTest.Texts.INVISIBLE.map(c -> Tuple.of(i, c)))
                .list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> trailingNoise() {
        return NormalizerPropertyTest.Texts.join(Arbitraries.oneOf(List.of(
                NormalizerPropertyTest.Texts.EMOJI, Arbitraries.of("?", "!", "...", "~", " ", "?!", "ㅠ"))), 0, 6)
                .filter(s -> !s.contains("ㅠㅠㅠ"));
    }
}
