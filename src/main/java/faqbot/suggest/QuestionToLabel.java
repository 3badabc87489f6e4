package faqbot.suggest;

import faqbot.faq.Lang;
import java.util.List;
import java.util.Objects;

/**
 * A question people keep asking that the FAQ missed, to be labelled with its entry and added to
 * {@code faq/questions/}: with labelled questions the question model picks most answers, so teaching
 * it the wording is what mends the miss, where a new word for the rules mostly would not.
 *
 * @param entryId   the entry it most likely belongs to, for the maintainer to confirm, e.g. "gift-cards"
 * @param lang      the language it was asked in
 * @param questions how many signals the cluster holds, e.g. 3
 * @param wordings  the cluster's distinct wordings, most frequent first, at most a few
 */
public record QuestionToLabel(String entryId, Lang lang, int questions, List<String> wordings) {
    public QuestionToLabel {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(lang, "lang");
        wordings = List.copyOf(wordings);
        if (wordings.isEmpty()) {
            throw new IllegalArgumentException("wordings must not be empty");
        }
    }
}
