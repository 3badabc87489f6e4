package faqbot.suggest;

import faqbot.faq.Faq;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a {@link Change} to one FAQ format, in memory (to try a suggestion) and as file edits (to
 * accept it); an interface because the FAQ's rule format is being replaced by a concept vocabulary
 * and only this part knows the format.
 */
public interface FaqEditor {
    /** The FAQ as it would be with the change, for trying it; never touches a file. */
    Faq tryChange(Faq faq, Change change);

    /** Whether the form is already known to the FAQ in that language (then adding it cannot help). */
    boolean knows(Faq faq, Change change);

    /** The shared concept the form would join, e.g. "law"; empty when it becomes a word of the entry's own. */
    Optional<String> concept(Faq faq, Change change);

    /**
     * The files to write for the change, relative to the FAQ folder, with their new content.
     *
     * @throws IOException when a file cannot be read
     * @throws IllegalArgumentException when the entry is not in the folder
     */
    Map<Path, byte[]> edits(Path faqDir, Change change) throws IOException;
}
