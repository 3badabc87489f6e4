package faqbot.match;

import java.util.List;
import java.util.Objects;

/**
 * A question after normalisation, in the two shapes the rules need.
 *
 * @param text      words joined by single spaces, e.g. "is paypal legal"
 * @param words     the words, split at spaces, punctuation and script changes, e.g. ["paypal", "로"]
 * @param compact   all letters and digits with no spaces, for Korean terms, e.g. "소액결제현금화수수료"
 * @param hasHangul whether any Korean letter was typed; decides the reply language
 */
public record NormalizedText(String text, List<String> words, String compact, boolean hasHangul) {
    public static final NormalizedText EMPTY = new NormalizedText("", List.of(), "", false);

    public NormalizedText {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(Objects.requireNonNull(words, "words"));
        Objects.requireNonNull(compact, "compact");
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
