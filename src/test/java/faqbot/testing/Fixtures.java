package faqbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture folder from src/test/resources into a temporary folder, so a test may change it (suggest accept writes). */
public final class Fixtures {
    private Fixtures() {
    }

    /** Copies {@code src/test/resources/<resource>} to {@code <into>/<its name>} and returns the copy. */
    public static Path copy(String resource, Path into) {
        Path src = Path.of("src/test/resources", resource);
        Path dst = into.resolve(src.getFileName().toString());
        try (Stream<Path> paths = Files.walk(src)) {
            for (Path p : paths.toList()) {
                Files.copy(p, dst.resolve(src.relativize(p).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dst;
    }
}
