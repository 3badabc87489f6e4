package faqbot.core;

import faqbot.faq.Faq;
import faqbot.faq.FaqException;
import faqbot.faq.FaqLoader;
import faqbot.faq.FaqProblem;
import faqbot.match.MatchSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Replaces the FAQ in service with the folder's current content, but only when it passes the same
 * validation as {@code check}, so a bad edit never reaches the people asking: the old FAQ keeps
 * answering until a good one is there. Thread-safe (a chat command and SIGHUP may race).
 */
public final class FaqReloader {
    private final Optional<Path> folder;
    private final MatchSettings settings;
    private final AtomicReference<FaqBot> target;
    private final Consumer<Result> onReload;

    /**
     * @param folder   the FAQ folder, e.g. /opt/faqbot/faq; empty when the FAQ built into the jar is in service
     * @param settings the matcher settings the new core gets (the same as at start)
     * @param target   the reference the front end reads for every question
     */
    public FaqReloader(Optional<Path> folder, MatchSettings settings, AtomicReference<FaqBot> target) {
        this(folder, settings, target, r -> { });
    }

    /** As above, telling {@code onReload} every result, e.g. for the reload metrics. */
    public FaqReloader(Optional<Path> folder, MatchSettings settings, AtomicReference<FaqBot> target, Consumer<Result> onReload) {
        this.onReload = Objects.requireNonNull(onReload, "onReload");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.target = Objects.requireNonNull(target, "target");
    }

    /** What a reload did. */
    public sealed interface Result {
        /**
         * The new FAQ is in service.
         *
         * @param entries its entry count, e.g. 24
         * @param folder  where it came from
         */
        record Swapped(int entries, Path folder) implements Result {
        }

        /**
         * The new FAQ failed validation; the old one stays in service.
         *
         * @param problems what is wrong, e.g. "entries/fees.json [fees] en.examples: needs at least 4 examples, has 2"
         */
        record Refused(List<FaqProblem> problems, Path folder) implements Result {
            public Refused {
                problems = List.copyOf(problems);
            }
        }

        /** There is no folder to reload from: the FAQ built into the jar is in service. */
        record NoFolder() implements Result {
        }
    }

    /** The folder reloads read, e.g. /opt/faqbot/faq; empty for the built-in FAQ. */
    public Optional<Path> folder() {
        return folder;
    }

    /** Loads and checks the folder; swaps the core only when both pass. Never throws for a bad FAQ. */
    public synchronized Result reload() {
        Result r = load();
        onReload.accept(r);
        return r;
    }

    private Result load() {
        if (folder.isEmpty()) {
            return new Result.NoFolder();
        }
        Path dir = folder.get();
        Faq faq;
        try {
            faq = new FaqLoader().load(dir);
        } catch (FaqException e) {
            return new Result.Refused(e.problems(), dir);
        } catch (RuntimeException e) {
            // A loader bug must not take the bot down with it: report it like a problem of the folder.
            return new Result.Refused(List.of(new FaqProblem(dir.toString(), "", "", "cannot load: " + e)), dir);
        }
        List<FaqProblem> problems = FaqCheck.problems(faq, settings);
        if (!problems.isEmpty()) {
            return new Result.Refused(problems, dir);
        }
        target.set(new FaqBot(faq, settings));
        return new Result.Swapped(faq.entries().size(), dir);
    }
}
