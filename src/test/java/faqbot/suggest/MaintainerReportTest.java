package faqbot.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.faq.Lang;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintainerReportTest {
    private static Suggestion suggestion(Optional<String> concept) {
        return new Suggestion(new Change("legality", Lang.EN, "cops", 2, "will the cops catch me"), 3, 2,
                List.of("will the cops catch me"), Map.of(Signal.Kind.UNANSWERED, 3), concept);
    }

    @Test
    void aFormThatJoinsASharedConceptNamesTheConceptSoTheMaintainerSeesItHelpsEveryEntryUsingIt() {
        String out = MaintainerReport.suggestions(List.of(suggestion(Optional.of("law"))));
        assertTrue(out.contains(" 1. add \"cops\" (en) to concept @law, which entry legality needs\n"), out);
    }

    @Test
    void aFormOfTheEntrysOwnNamesTheEntryAndTheWeight() {
        String out = MaintainerReport.suggestions(List.of(suggestion(Optional.empty())));
        assertTrue(out.contains(" 1. add \"cops\" (en, weight 2) to entry legality\n"), out);
    }

    @Test
    void questionsToLabelArePrintedAsLinesReadyForAQuestionsFile() throws Exception {
        String out = MaintainerReport.questionsToLabel(List.of(new QuestionToLabel("gift-cards", Lang.KO, 3,
                List.of("카톡 선물하기 \"현금화\" 되나요", "카톡선물하기 현금화"))));
        List<String> lines = out.lines().map(String::strip).filter(l -> l.startsWith("{")).toList();
        assertEquals(2, lines.size(), out);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("카톡 선물하기 \"현금화\" 되나요", first.get("q").asText());
        assertEquals("[\"gift-cards\"]", first.get("expect").toString());
        assertTrue(out.contains(" 1. 3 questions (ko), likely gift-cards:"), out);
        assertTrue(MaintainerReport.questionsToLabel(List.of()).startsWith("Questions to label: none"));
    }
}
