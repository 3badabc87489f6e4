package faqbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import faqbot.faq.Faq;
import faqbot.faq.FaqException;
import faqbot.faq.FaqLoader;
import faqbot.match.Normalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The inputs every benchmark and the comparison share, so both engines see exactly the same FAQ and
 * the same questions: the embedded FAQ and evaluation set unless {@code -Dfaqbot.faq=DIR} or
 * {@code -Dfaqbot.eval=FILE} point elsewhere.
 */
public final class BenchData {
    /** Length of the long messages: Telegram's maximum message length. */
    public static final int LONG_CHARS = Normalizer.MAX_INPUT_CHARS;

    private BenchData() {
    }

    public static Faq faq() {
        String dir = System.getProperty("faqbot.faq");
        try {
            return dir == null ? new FaqLoader().loadEmbedded() : new FaqLoader().load(Path.of(dir));
        } catch (FaqException e) {
            throw new IllegalStateException("cannot load the FAQ (" + (dir == null ? "embedded" : dir) + "): " + e.getMessage(), e);
        }
    }

    /** Where the evaluation set came from, for the report. */
    public static String evalSource() {
        String file = System.getProperty("faqbot.eval");
        return file == null ? "embedded faq/questions/questions.jsonl" : file;
    }

    public static List<EvalQuestion> evalSet() {
        String file = System.getProperty("faqbot.eval");
        try {
            if (file != null) {
                try (BufferedReader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                    return parse(r);
                }
            }
            InputStream in = BenchData.class.getResourceAsStream("/faq/questions/questions.jsonl");
            if (in == null) {
                throw new IllegalStateException("no evaluation set embedded (faq/questions/questions.jsonl); pass -Dfaqbot.eval=FILE");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<EvalQuestion> parse(BufferedReader r) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<EvalQuestion> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            JsonNode q = node.get("q");
            JsonNode expect = node.get("expect");
            if (q == null || !q.isTextual() || expect == null || !expect.isArray()) {
                throw new IOException("line " + n + ": needs \"q\" (text) and \"expect\" (list of ids)");
            }
            Set<String> ids = new LinkedHashSet<>();
            expect.forEach(x -> ids.add(x.asText()));
            out.add(new EvalQuestion(n, q.asText(), ids));
        }
        return out;
    }

    /** The evaluation questions' texts: short, Korean and English, in-scope and off-topic. */
    public static List<String> shortQuestions() {
        return evalSet().stream().map(EvalQuestion::q).toList();
    }

    /**
     * Messages of exactly {@link #LONG_CHARS} characters: real questions run together (English,
     * Korean, both), pseudo-random words and syllables (the most distinct words a message can hold,
     * the matcher's worst case), and one question padded with emoji and laughter.
     */
    public static List<String> longQuestions() {
        List<String> shorts = shortQuestions();
        List<String> en = shorts.stream().filter(s -> !hasHangul(s)).toList();
        List<String> ko = shorts.stream().filter(BenchData::hasHangul).toList();
        List<String> out = new ArrayList<>();
        out.add(fill(en, 0));
        out.add(fill(en, 7));
        out.add(fill(ko, 0));
        out.add(fill(ko, 7));
        List<String> both = new ArrayList<>();
        for (int i = 0; i < Math.max(en.size(), ko.size()); i++) {
            if (i < en.size()) {
                both.add(en.get(i));
            }
            if (i < ko.size()) {
                both.add(ko.get(i));
            }
        }
        out.add(fill(both, 3));
        Random random = new Random(42);
        out.add(randomWords(random, false));
        out.add(randomWords(random, true));
        StringBuilder padded = new StringBuilder("is cashing out small payments legal? 소액결제 현금화 불법인가요? ");
        while (padded.length() < LONG_CHARS) {
            padded.append(padded.length() % 3 == 0 ? "ㅋㅋㅋ " : "😂");
        }
        out.add(cut(padded));
        return out;
    }

    /** Short questions with the long ones spread through them (about one long message per hundred). */
    public static List<String> mixedQuestions() {
        List<String> shorts = shortQuestions();
        List<String> longs = longQuestions();
        List<String> out = new ArrayList<>(shorts.size() + longs.size());
        int every = Math.max(1, shorts.size() / longs.size());
        int l = 0;
        for (int i = 0; i < shorts.size(); i++) {
            out.add(shorts.get(i));
            if (i % every == every - 1 && l < longs.size()) {
                out.add(longs.get(l++));
            }
        }
        while (l < longs.size()) {
            out.add(longs.get(l++));
        }
        return out;
    }

    public static List<String> questions(String set) {
        return switch (set) {
            case "short" -> shortQuestions();
            case "long" -> longQuestions();
            case "mixed" -> mixedQuestions();
            default -> throw new IllegalArgumentException("unknown question set " + set + " (short, long, mixed)");
        };
    }

    private static String fill(List<String> parts, int start) {
        if (parts.isEmpty()) {
            throw new IllegalStateException("the evaluation set needs questions in both languages");
        }
        StringBuilder sb = new StringBuilder(LONG_CHARS + 200);
        for (int i = start; sb.length() < LONG_CHARS; i++) {
            sb.append(parts.get(i % parts.size())).append(' ');
        }
        return cut(sb);
    }

    private static String randomWords(Random random, boolean hangul) {
        StringBuilder sb = new StringBuilder(LONG_CHARS + 20);
        while (sb.length() < LONG_CHARS) {
            int len = hangul ? 2 + random.nextInt(4) : 3 + random.nextInt(8);
            for (int i = 0; i < len; i++) {
                sb.append(hangul ? (char) (0xAC00 + random.nextInt(11172)) : (char) ('a' + random.nextInt(26)));
            }
            sb.append(' ');
        }
        return cut(sb);
    }

    /** Cuts to exactly {@link #LONG_CHARS} chars without leaving half a surrogate pair at the end. */
    private static String cut(StringBuilder sb) {
        int end = LONG_CHARS;
        if (Character.isHighSurrogate(sb.charAt(end - 1))) {
            sb.setCharAt(end - 1, ' ');
        }
        return sb.substring(0, end);
    }

    static boolean hasHangul(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
