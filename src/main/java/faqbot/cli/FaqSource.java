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
    private FaqSource() {
    }

    static Faq load(Path explicit) throws FaqException {
        FaqLoader loader = new FaqLoader();
        if (explicit != null) {
            return loader.load(explicit);
        }
        Path local = Path.of("faq");
        if (Files.isRegularFile(local.resolve("warnings.json"))) {
            return loader.load(local);
        }
        return loader.loadEmbedded();
    }
}
