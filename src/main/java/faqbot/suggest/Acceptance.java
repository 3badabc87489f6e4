package faqbot.suggest;

import faqbot.core.FaqCheck;
import faqbot.faq.Faq;
import faqbot.faq.FaqException;
import faqbot.faq.FaqLoader;
import faqbot.faq.FaqProblem;
import faqbot.match.MatchSettings;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Accepts a suggestion into an FAQ folder the only safe way: the change is written to a copy of the
 * folder, the copy must pass the same check as {@code faqbot check}, and only then are the changed
 * files replaced in the real folder (each atomically), so a bad suggestion never reaches the bot.
 */
public final class Acceptance {
    private Acceptance() {
    }

    /**
     * What accepting did.
     *
     * @param written  the files replaced, relative to the FAQ folder; empty when refused
     * @param problems why the change was refused, as {@code check} words them; empty when written
     */
    public record Outcome(List<Path> written, List<FaqProblem> problems) {
        public Outcome {
            written = List.copyOf(written);
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** Applies the change to {@code faqDir} if and only if the changed FAQ passes check. */
    public static Outcome accept(Path faqDir, Change change, FaqEditor editor, MatchSettings settings) throws IOException {
        Objects.requireNonNull(change, "change");
        return accept(faqDir, editor.edits(faqDir, change), settings);
    }

    /**
     * Writes {@code edits} (new contents of files, relative to {@code faqDir}) if and only if the FAQ
     * with them passes check.
     */
    public static Outcome accept(Path faqDir, Map<Path, byte[]> edits, MatchSettings settings) throws IOException {
        Path trial = Files.createTempDirectory("faqbot-suggest-");
        try {
            copy(faqDir, trial);
            for (Map.Entry<Path, byte[]> e : edits.entrySet()) {
                Files.createDirectories(trial.resolve(e.getKey()).getParent());
                Files.write(trial.resolve(e.getKey()), e.getValue());
            }
            List<FaqProblem> problems;
            try {
                Faq faq = new FaqLoader().load(trial);
                problems = FaqCheck.problems(faq, settings);
            } catch (FaqException e) {
                problems = e.problems();
            }
            if (!problems.isEmpty()) {
                return new Outcome(List.of(), problems);
            }
            for (Map.Entry<Path, byte[]> e : edits.entrySet()) {
                replace(faqDir.resolve(e.getKey()), e.getValue());
            }
            return new Outcome(edits.keySet().stream().sorted().toList(), List.of());
        } finally {
            delete(trial);
        }
    }

    /** Temp file and rename in the same folder: the bot reloading meanwhile sees the old file or the new one, never half. */
    private static void replace(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
