package faqbot.suggest;

import faqbot.faq.Lang;
import java.util.Objects;

/**
 * What accepting a suggestion adds to the FAQ, described without the file format so another format
 * (a concept vocabulary) can apply it its own way.
 *
 * @param entryId     the entry that should have answered, e.g. "online-platforms"
 * @param lang        the language of the surface form, e.g. EN
 * @param surfaceForm the word or phrase that would have matched, e.g. "paypal"
 * @param weight      how strongly it points to the entry (2 = a strong hint, 3 = names the topic alone)
 * @param example     a real question, masked, added as an example so check proves the form works, e.g. "is paypal legit"
 */
public record Change(String entryId, Lang lang, String surfaceForm, int weight, String example) {
    public Change {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(surfaceForm, "surfaceForm");
        Objects.requireNonNull(example, "example");
        if (surfaceForm.isBlank()) {
            throw new IllegalArgumentException("surfaceForm must not be blank");
        }
        if (weight < 1 || weight > 3) {
            throw new IllegalArgumentException("weight must be 1 to 3, was " + weight);
        }
    }
}
