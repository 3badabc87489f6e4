package faqbot.feedback;

import faqbot.faq.Lang;
import java.util.List;
import java.util.Map;

/**
 * Where votes and unhelpful questions are kept; an interface because the storage changes (a JSON
 * file today, the SQLite state store tomorrow) while the rules about counting do not. Writes never
 * throw: answering must not fail because a vote could not be saved.
 */
public interface FeedbackStore {
    void vote(String entryId, Vote vote);

    /** Keeps a question whose answer did not help; the store masks personal data and caps how many it keeps. */
    void unhelpful(String question, Lang lang, String shownEntryId);

    /** Votes per entry id, ids in order. */
    Map<String, Tally> tallies();

    /** Unhelpful questions, oldest first. */
    List<UnhelpfulQuestion> unhelpfulQuestions();
}
