package faqbot.faq;

import java.util.List;
import java.util.Objects;

/**
 * What one entry says in one language.
 *
 * @param title    short question title that fits on a button, e.g. "Is it legal?"
 * @param answer   plain-text answer shown to the asker
 * @param examples questions a user might ask, each of which must match the entry
 */
public record LocalizedText(String title, String answer, List<String> examples) {
    public LocalizedText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(answer, "answer");
        examples = List.copyOf(Objects.requireNonNull(examples, "examples"));
    }
}
