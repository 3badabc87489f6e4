package faqbot.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
