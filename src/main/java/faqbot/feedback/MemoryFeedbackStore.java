package faqbot.feedback;

import faqbot.faq.Lang;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A store that forgets on exit: for the terminal chat, where nothing is kept, and for tests. */
public final class MemoryFeedbackStore implements FeedbackStore {
    private final Map<String, Tally> tallies = new TreeMap<>();
    private final List<UnhelpfulQuestion> questions = new ArrayList<>();
    private final Clock clock;

    public MemoryFeedbackStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public MemoryFeedbackStore() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized void vote(String entryId, Vote vote) {
        tallies.merge(entryId, Tally.NONE.plus(vote), (a, b) -> a.plus(vote));
    }

    @Override
    public synchronized void unhelpful(String question, Lang lang, String shownEntryId) {
        questions.add(new UnhelpfulQuestion(clock.instant(), lang, question, shownEntryId));
    }

    @Override
    public synchronized Map<String, Tally> tallies() {
        return Collections.unmodifiableMap(new TreeMap<>(tallies));
    }

    @Override
    public synchronized List<UnhelpfulQuestion> unhelpfulQuestions() {
        return List.copyOf(questions);
    }
}
