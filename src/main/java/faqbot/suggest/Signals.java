package faqbot.suggest;

import faqbot.feedback.UnhelpfulQuestion;
import faqbot.store.UnansweredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what the stores keep (unanswered records, unhelpful questions) into the miner's one input shape. */
public final class Signals {
    private Signals() {
    }

    public static List<Signal> of(List<UnansweredRecord> unanswered, List<UnhelpfulQuestion> unhelpful) {
        List<Signal> out = new ArrayList<>(unanswered.size() + unhelpful.size());
        for (UnansweredRecord r : unanswered) {
            out.add(new Signal(r.question(), r.lang(), r.closeCall() ? Signal.Kind.CLOSE_CALL : Signal.Kind.UNANSWERED, r.candidate()));
        }
        for (UnhelpfulQuestion q : unhelpful) {
            out.add(new Signal(q.question(), q.lang(), Signal.Kind.UNHELPFUL, Optional.of(q.shown())));
        }
        return out;
    }
}
