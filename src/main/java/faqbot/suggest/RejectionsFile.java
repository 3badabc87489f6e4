package faqbot.suggest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** Rejected suggestion keys as a JSON array in the data folder ({@value #FILE_NAME}); only the command line writes it. */
public final class RejectionsFile implements Rejections {
    public static final String FILE_NAME = "suggestions-rejected.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    public RejectionsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    @Override
    public Set<String> keys() throws IOException {
        try {
            return Set.copyOf(Arrays.asList(MAPPER.readValue(Files.readAllBytes(file), String[].class)));
        } catch (NoSuchFileException e) {
            return Set.of();
        }
    }

    @Override
    public void reject(String key) throws IOException {
        Set<String> keys = new TreeSet<>(keys());
        keys.add(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME + ".", ".tmp");
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), keys);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
