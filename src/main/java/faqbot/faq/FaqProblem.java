package faqbot.faq;

import java.util.Objects;

/**
 * One thing wrong with an FAQ folder, located precisely enough to fix it without searching.
 *
 * @param file    file name relative to the FAQ folder, e.g. "entries/fees.json"
 * @param entryId entry id when known, else "" (e.g. the file is not valid JSON)
 * @param field   JSON path of the field, e.g. "en.examples", or "" for the whole file
 * @param message what is wrong, e.g. "needs at least 4 examples, has 2"
 */
public record FaqProblem(String file, String entryId, String field, String message) {
    public FaqProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (!entryId.isEmpty()) {
            sb.append(" [").append(entryId).append(']');
        }
        if (!field.isEmpty()) {
            sb.append(' ').append(field);
        }
        return sb.append(": ").append(message).toString();
    }
}
