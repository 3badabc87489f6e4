package faqbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.faq.Concept;
import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.FaqLoader;
import faqbot.faq.LabelledQuestion;
import faqbot.faq.Lang;
import faqbot.faq.LocalizedText;
import faqbot.faq.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With labelled questions in faq/questions/, the question model picks the answer, and the rules still
 * decide for a crisis and for requests to get around the law; without them the rules answer alone.
 */
class QuestionModelTest {
    private static Faq faq;
    private static Matcher withModel;
    private static Matcher rulesOnly;

    @BeforeAll
    static void load() throws Exception {
        faq = new FaqLoader().load(Path.of("faq"));
        withModel = new Matcher(faq);
        rulesOnly = new Matcher(new Faq(faq.entries(), faq.warnings(), faq.vocabulary(), faq.source()));
    }

    private static Optional<String> answer(Matcher m, String q) {
        return m.match(Question.of(q)).id();
    }

    @Test
    void theModelAnswersWordingTheRulesDoNotKnow() {
        String q = "is a third-party cashout service any different from a loan shark";
        assertEquals(Optional.empty(), answer(rulesOnly, q), "the rules alone find no entry");
        assertEquals(Optional.of("third-party-services"), answer(withModel, q));
        assertEquals(MatchResult.Decider.MODEL, withModel.match(Question.of(q)).decidedBy());
    }

    @Test
    void theRulesStillDecideACrisisAndARequestToEvadeTheLaw() {
        for (String q : new String[] {"오늘 밤 버틸 자신이 없어요", "I want to end my life"}) {
            assertEquals(Optional.of("crisis"), answer(rulesOnly, q), q);
            assertEquals(Optional.of("crisis"), answer(withModel, q), q);
        }
        String evade = "safest way to do 현금화 so the carrier doesnt notice?";
        assertEquals(Optional.of("evasion"), answer(rulesOnly, evade));
        assertEquals(Optional.of("evasion"), answer(withModel, evade));
        assertEquals(MatchResult.Decider.RULES, withModel.match(Question.of(evade)).decidedBy());
        assertTrue(faq.expect("evasion").rulesFirst() && faq.expect("crisis").rulesFirst() && faq.expect("minors-parents").rulesFirst());
    }

    @Test
    void aQuestionThatOnlyMentionsATeenagerIsNotTakenForTheMinorsAnswer() {
        // The rules see a minor and pick minors-parents; the model finds that answer far less likely than
        // "not about this FAQ", so the rules' pick yields. A teenager who did cash out still gets it.
        String camp = "teen summer camp recommendations in seoul";
        assertEquals(Optional.of("minors-parents"), answer(rulesOnly, camp));
        assertEquals(Optional.empty(), answer(withModel, camp));
        String teen = "my son is 15 and sold gift cards he bought on my phone bill, what now";
        assertEquals(Optional.of("minors-parents"), answer(withModel, teen));
        assertEquals(MatchResult.Decider.RULES, withModel.match(Question.of(teen)).decidedBy());
    }

    @Test
    void aParentAskingToBlockPaymentsIsNotTakenForACrisis() {
        // The model alone heard despair in "can't do ... at all"; the rules' clear topic wins over its crisis guess.
        String q = "Dad here. Want to make sure my kid can't do 소액결제 at all.";
        assertEquals(Optional.of("minors-parents"), answer(withModel, q));
    }

    @Test
    void aParentWhoseChildSpeaksOfDespairOverABillGetsTheCrisisLines() {
        // The rules see a son and a bill (minors-parents, a clear topic) but no despair word they list; the
        // model is sure it is a crisis, so its guess stands and the reply starts with 109.
        String q = "my son told me he doesn't want to live anymore because of the phone bill he can't pay";
        assertEquals(Optional.of("minors-parents"), answer(rulesOnly, q));
        assertEquals(Optional.of("crisis"), answer(withModel, q));
        // Third-person despair is in the vocabulary, so the rules find it whatever the model says.
        String brother = "my brother said he wants to kill himself over his phone bill debt. what do i do";
        assertEquals(Optional.of("crisis"), answer(rulesOnly, brother));
        assertEquals(Optional.of("crisis"), answer(withModel, brother));
    }

    @Test
    void aQuestionWithNoWordOfTheVocabularyGetsTheFallbackNotAGuess() {
        for (String q : new String[] {"evil", "مرحبا 你好 привет", "what is the weather like"}) {
            MatchResult m = withModel.match(Question.of(q));
            assertFalse(m.matched(), q + " -> " + m.id());
        }
    }

    @Test
    void laughingCryingAndKeycapEmojiDoNotMoveTheAnswer() {
        String q = "소액결제 현금화 수수료 얼마";
        Optional<String> plain = answer(withModel, q);
        assertEquals(Optional.of("fees"), plain);
        for (String noisy : new String[] {q + " ㅠㅠ", q + " ㅋㅋㅋ", q + " 1️⃣2️⃣", "ㅎㅎ " + q + "?!"}) {
            assertEquals(plain, answer(withModel, noisy), noisy);
        }
    }

    @Test
    void theSameFilesGiveTheSameModelWithoutTrainingAgain() throws Exception {
        Faq again = new FaqLoader().load(Path.of("faq"));
        assertSame(QuestionModel.of(faq).orElseThrow(), QuestionModel.of(again).orElseThrow());
        assertEquals(faq.questions().size() + 3 * faq.entries().stream().mapToInt(e -> e.text(faqbot.faq.Lang.EN).examples().size()
                + e.text(faqbot.faq.Lang.KO).examples().size()).sum(), QuestionModel.of(faq).orElseThrow().trainedOn());
    }

    @Test
    void whatAThreadRemembersOfEarlierQuestionsNeverChangesAnAnswer() throws Exception {
        QuestionModel model = QuestionModel.of(faq).orElseThrow();
        List<String> questions = faq.questions().stream().limit(3000).map(q -> Normalizer.fold(q.text())).toList();
        // One thread reads the questions in order, one in reverse, one only the first question, twice:
        // the words each has remembered differ, and the scores must not differ by a single bit.
        List<String> reversed = new ArrayList<>(questions);
        Collections.reverse(reversed);
        Map<String, QuestionModel.Guess> forward = guesses(model, questions);
        Map<String, QuestionModel.Guess> backward = guesses(model, reversed);
        assertEquals(forward, backward);
        String first = questions.get(0);
        assertEquals(forward.get(first), guesses(model, List.of(first, first)).get(first));
    }

    private static Map<String, QuestionModel.Guess> guesses(QuestionModel model, List<String> questions)
            throws Exception {
        Map<String, QuestionModel.Guess> out = new HashMap<>();
        ConceptTable table = ConceptTable.build(faq);
        Thread t = new Thread(() -> questions.forEach(q -> out.put(q, model.guess(q, table.find(q, q)))));
        t.start();
        t.join();
        return out;
    }

    @Test
    void tryingAnEditOfTheRulesKeepsTheModelInsteadOfTrainingAgain() {
        // What a suggestion adds: an example (and a word) to one entry; the suggestion miner tries dozens.
        Entry e = faq.entries().get(0);
        Map<Lang, LocalizedText> texts = new EnumMap<>(e.texts());
        LocalizedText en = e.text(Lang.EN);
        List<String> examples = new ArrayList<>(en.examples());
        examples.add(en.examples().get(0) + " please");
        texts.put(Lang.EN, new LocalizedText(en.title(), en.answer(), examples));
        List<Entry> entries = new ArrayList<>(faq.entries());
        entries.set(0, new Entry(e.id(), e.section(), e.order(), texts, e.rules(), e.related(), e.urgent(), e.rulesFirst(), e.rulesFirstDoubt()));
        Faq edited = new Faq(entries, faq.warnings(), faq.vocabulary(), faq.questions(), faq.source());
        assertSame(withModel.model().orElseThrow(), withModel.withRulesOf(edited).model().orElseThrow());
        assertEquals(answer(withModel, "is a third-party cashout service any different from a loan shark"),
                answer(withModel.withRulesOf(edited), "is a third-party cashout service any different from a loan shark"));
        // Without labelled questions there is nothing to keep: the rules alone answer, as they would after a load.
        assertTrue(withModel.withRulesOf(new Faq(entries, faq.warnings(), faq.vocabulary(), faq.source())).model().isEmpty());
    }

    @Test
    void aWordAddedToAConceptTeachesTheModelWithoutANewLabelledQuestion() {
        // Made-up words no labelled question holds: the model knows nothing of them until the vocabulary
        // files them under fee and scam, and then it reads them as it learned those concepts.
        String fee = "how big is the zorblax they take";
        String scam = "is that offer blorfic";
        assertEquals(Optional.empty(), answer(withModel, fee));
        double scamBefore = shortfall(withModel, scam, "scams");
        List<Concept> concepts = new ArrayList<>();
        for (Concept c : faq.vocabulary().concepts()) {
            String word = Map.of("fee", "zorblax", "scam", "blorfic").get(c.id());
            Map<Lang, List<String>> forms = new EnumMap<>(c.forms());
            if (word != null) {
                List<String> en = new ArrayList<>(forms.get(Lang.EN));
                en.add(word);
                forms.put(Lang.EN, en);
            }
            concepts.add(new Concept(c.id(), c.kind(), forms));
        }
        Faq edited = new Faq(faq.entries(), faq.warnings(), new Vocabulary(concepts), faq.questions(), faq.source());
        Matcher taught = withModel.withRulesOf(edited);
        // The same concepts in the same order: the model is kept, not trained again (no question holds the words).
        assertSame(withModel.model().orElseThrow(), taught.model().orElseThrow());
        assertEquals(Optional.of("fees"), answer(taught, fee));
        assertEquals(MatchResult.Decider.MODEL, taught.match(Question.of(fee)).decidedBy());
        // One word of a short question moves the scams answer up (how far depends on what else the model learned).
        double scamAfter = shortfall(taught, scam, "scams");
        assertTrue(scamBefore > 0 && scamAfter < scamBefore, "scams " + scamBefore + " below the pick before, " + scamAfter + " after");
    }

    /** How far below the model's pick {@code m} scores {@code id} for {@code q}. */
    private static double shortfall(Matcher m, String q, String id) {
        m.match(Question.of(q));
        return m.model().orElseThrow().shortfall(id);
    }

    @Test
    void anFaqWithoutQuestionsHasNoModel() {
        assertTrue(QuestionModel.of(new Faq(faq.entries(), faq.warnings(), faq.vocabulary(), faq.source())).isEmpty());
    }

    @Test
    void aLabelledPasteNamingDozensOfConceptsTrainsAndIsAnswered() {
        // A paste naming nearly every concept: its pairs are not read (ConceptFeatures.MAX_PAIRED), in training
        // as in answering, so the two must agree on how many features it has, or training breaks.
        StringBuilder paste = new StringBuilder();
        // Leaving out what makes the rules decide (despair, evasion, a minor or a parent).
        List<String> rulesDecide = List.of("despair", "evade", "operate", "step-by-step", "recommend", "minor", "parent");
        for (Concept c : faq.vocabulary().concepts()) {
            if (!rulesDecide.contains(c.id())) {
                paste.append(c.forms().get(Lang.EN).get(0)).append(". ");
            }
        }
        String text = paste.toString();
        List<String> found = withModel.explain(text).stream().filter(n -> n.startsWith("@")).toList();
        assertTrue(found.size() > ConceptFeatures.MAX_PAIRED, "the paste names " + found.size() + " concepts");
        List<LabelledQuestion> questions = new ArrayList<>(faq.questions().subList(0, 2000));
        questions.add(new LabelledQuestion(text, Optional.of("scams"), "paste.jsonl", true));
        Matcher small = new Matcher(new Faq(faq.entries(), faq.warnings(), faq.vocabulary(), questions, faq.source()));
        MatchResult r = small.match(Question.of(text));
        assertEquals(MatchResult.Decider.MODEL, r.decidedBy());
        assertEquals(Optional.of("scams"), r.id(), "a confirmed line counts three times, so the model learns it");
    }
}
