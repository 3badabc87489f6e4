package faqbot.faq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies a fixture FAQ folder, so a test can break one file of an otherwise valid FAQ. */
final class FaqFixtures {
    static final Path VALID_FAQ = Path.of("src/test/resources/faq-fixtures/valid");

    private FaqFixtures() {
    }

    /** Copies {@code from} with everything under it into {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
