package faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import faqbot.faq.FaqLoader;
import faqbot.match.MatchSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reload swaps in a FAQ only when it passes the same checks as {@code check}. */
class FaqReloaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/faq-fixtures");

    private static AtomicReference<FaqBot> serving() throws Exception {
        return new AtomicReference<>(new FaqBot(new FaqLoader().load(FIXTURES.resolve("valid"))));
    }

    @Test
    void aValidFolderIsSwappedIn() throws Exception {
        AtomicReference<FaqBot> ref = serving();
        FaqBot old = ref.get();
        FaqReloader.Result r = new FaqReloader(Optional.of(FIXTURES.resolve("valid")), MatchSettings.DEFAULTS, ref).reload();
        FaqReloader.Result.Swapped s = assertInstanceOf(FaqReloader.Result.Swapped.class, r);
        assertEquals(ref.get().faq().entries().size(), s.entries());
        assertNotSame(old, ref.get());
    }

    @Test
    void aFolderThatFailsLoadingOrTheExampleCheckIsRefusedAndTheOldStays() throws Exception {
        for (String broken : new String[] {"bad-json", "missing-answer", "example-mismatch", "too-few-examples"}) {
            AtomicReference<FaqBot> ref = serving();
            FaqBot old = ref.get();
            FaqReloader.Result r = new FaqReloader(Optional.of(FIXTURES.resolve(broken)), MatchSettings.DEFAULTS, ref).reload();
            FaqReloader.Result.Refused refused = assertInstanceOf(FaqReloader.Result.Refused.class, r, broken);
            assertFalse(refused.problems().isEmpty(), broken);
            assertSame(old, ref.get(), broken);
        }
    }

    @Test
    void withoutAFolderThereIsNothingToReload() throws Exception {
        AtomicReference<FaqBot> ref = serving();
        assertInstanceOf(FaqReloader.Result.NoFolder.class, new FaqReloader(Optional.empty(), MatchSettings.DEFAULTS, ref).reload());
    }
}
