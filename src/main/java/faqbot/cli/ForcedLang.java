package faqbot.cli;

import faqbot.faq.Lang;
import java.util.Optional;

/** The {@code --lang} choice, an enum so picocli rejects bad values with a usage message. */
enum ForcedLang {
    AUTO, EN, KO;

    static Optional<Lang> of(ForcedLang choice) {
        if (choice == null || choice == AUTO) {
            return Optional.empty();
        }
        return Optional.of(choice == EN ? Lang.EN : Lang.KO);
    }
}
