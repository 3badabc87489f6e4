package faqbot.cli;

import faqbot.faq.Faq;
import faqbot.faq.FaqException;
import faqbot.faq.FaqLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides which FAQ a command uses: {@code --faq DIR}, else {@code ./faq} when started in the
 * repository (so edits show without a rebuild), else the copy embedded in the jar.
 */
final class FaqSource {
    /** The folder used when none is named and the working directory has one, e.g. in the repository. */
    static final Path LOCAL = Path.of("faq");

    private FaqSource() {
    }

    /** Whether, with no folder named, the FAQ comes from {@link #LOCAL} rather than the jar. */
    static boolean usesLocalFolder() {
        return Files.isRegularFile(LOCAL.resolve("warnings.json"));
    }

    static Faq load(Path explicit) throws FaqException {
        FaqLoader loader = new FaqLoader();
        if (explicit != null) {
            return loader.load(explicit);
        }
        if (usesLocalFolder()) {
            return loader.load(LOCAL);
        }
        return loader.loadEmbedded();
    }
}
