package faqbot.suggest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.faq.LabelledQuestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Missed questions written as labelled lines ({@code {"q": ..., "expect": [id]}}), the format of
 * {@code faq/questions/}, so that accepting them teaches the question model their wording at the next load.
 */
public final class LabelledLines {
    /** Where accepted lines go, relative to the FAQ folder: one file, so a maintainer sees what was taught. */
    public static final Path FILE = Path.of("questions", LabelledQuestion.CONFIRMED_FILE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledLines() {
    }

    /** The lines for {@code wordings}, each labelled {@code entryId}, each ending in a newline. */
    public static String lines(List<String> wordings, String entryId) {
        StringBuilder sb = new StringBuilder();
        for (String w : wordings) {
            ObjectNode line = JSON.createObjectNode();
            line.put("q", w);
            line.putArray("expect").add(entryId);
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** The new content of {@link #FILE} in {@code faqDir}: what it holds, then the lines for the question's wordings. */
    public static Map<Path, byte[]> edits(Path faqDir, QuestionToLabel question, String entryId) throws IOException {
        Path file = faqDir.resolve(FILE);
        String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!before.isEmpty() && !before.endsWith("\n")) {
            before += "\n";
        }
        return Map.of(FILE, (before + lines(question.wordings(), entryId)).getBytes(StandardCharsets.UTF_8));
    }
}
