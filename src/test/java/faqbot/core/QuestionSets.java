package faqbot.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the question sets (test sets and the FAQ's training questions), one JSON object a line, for the tests that hold the FAQ to them. */
final class QuestionSets {
    /** The sets the question model never learns from. */
    static final Path DIR = Path.of("src/test/resources/eval");
    /** The labelled questions the question model learns from, shipped with the FAQ. */
    static final Path TRAINING = Path.of("faq/questions");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuestionSets() {
    }

    /** Every non-blank line of {@code file} as JSON. */
    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(MAPPER.readTree(line));
            }
        }
        return out;
    }
}
