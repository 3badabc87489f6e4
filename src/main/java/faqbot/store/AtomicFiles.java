package faqbot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader, or the next start after a crash or power cut, sees either the
 * whole old content or the whole new one, never a mix: write a temp file in the same folder, fsync
 * it, rename it over the target, then fsync the folder so the rename itself is durable.
 */
final class AtomicFiles {
    /** Temp files end with this, so the next start can recognise and delete what a crash left behind. */
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Same folder as the target: a rename is only atomic within one file system.
        Path temp = Files.createTempFile(dir, target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                // Without this the rename can reach the disk before the data, leaving an empty file after a power cut.
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncDirectory(dir);
    }

    /** Makes a rename in {@code dir} durable; a no-op where the platform cannot open a folder (Windows). */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort by design: the data is already complete in the file; only the rename's durability is at stake.
        }
    }

    /** Deletes temp files of {@code target} left by a process killed mid-write; returns how many. */
    static int deleteLeftoverTemps(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        int n = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, target.getFileName() + ".*" + TEMP_SUFFIX)) {
            for (Path p : ds) {
                if (Files.deleteIfExists(p)) {
                    n++;
                }
            }
        } catch (IOException e) {
            // A leftover temp file only wastes space; it is never read.
        }
        return n;
    }
}
