package faqbot.testing;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Runs a property over fixed edge cases and then over cases drawn from a {@link Gen}, the same ones
 * on every run, and names the seed and the failing case so that a failure can be replayed.
 */
public final class Cases {
    /** The system property that replaces the default seed: {@code mvn -B test -Dfaqbot.test.seed=42}. */
    public static final String SEED_PROPERTY = "faqbot.test.seed";
    /** Fixed, so that a build is repeatable; another seed explores other cases. */
    static final long DEFAULT_SEED = 20_261_129L;
    /** Longer strings are cut in failure messages; the seed reproduces the whole case. */
    private static final int SHOWN_CHARS = 300;

    /** What is checked for each case; it fails by throwing (usually an assertion). */
    @FunctionalInterface
    public interface Check<T> {
        void check(T value) throws Exception;
    }

    /** {@link #forAll(List, int, Gen, Check)} without fixed cases. */
    public static <T> void forAll(int tries, Gen<T> gen, Check<? super T> check) {
        forAll(List.of(), tries, gen, check);
    }

    /**
     * Checks every fixed case, then {@code tries} generated ones. Each property draws its own stream
     * (the seed mixed with the calling test's class and method), so two properties over the same
     * generator see different cases, and one property sees the same cases on every run.
     */
    public static <T> void forAll(List<? extends T> fixed, int tries, Gen<T> gen, Check<? super T> check) {
        Objects.requireNonNull(gen, "gen");
        String property = callingTest();
        long seed = seed();
        for (int i = 0; i < fixed.size(); i++) {
            run(check, fixed.get(i), property + " failed on fixed case " + (i + 1) + " of " + fixed.size());
        }
        SplittableRandom root = new SplittableRandom(seed ^ mix(property.hashCode()));
        for (int i = 0; i < tries; i++) {
            // Each case from its own split, so that a change in one case's drawing leaves the others alone.
            T value = gen.next(root.split());
            run(check, value, property + " failed on generated case " + (i + 1) + " of " + tries + " with seed " + seed
                    + " (replay: -D" + SEED_PROPERTY + "=" + seed + ")");
        }
    }

    /** The seed in force: the system property if set, otherwise {@link #DEFAULT_SEED}. */
    public static long seed() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            // A typo must not quietly fall back to the default: the run would not be the one asked for.
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number, not \"" + value + "\"", e);
        }
    }

    private static <T> void run(Check<? super T> check, T value, String where) {
        try {
            check.check(value);
        } catch (Exception | AssertionError e) {
            throw new AssertionError(where + ": " + e + "\n  case: " + describe(value), e);
        }
    }

    /**
     * A readable, unambiguous rendering of a case: strings quoted, with invisible and unpaired
     * characters as \\uXXXX escapes; records and lists rendered component by component.
     */
    public static String describe(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object item : list) {
                sb.append(sb.length() > 1 ? ", " : "").append(describe(item));
            }
            return sb.append(']').toString();
        }
        if (value != null && value.getClass().isRecord()) {
            StringBuilder sb = new StringBuilder(value.getClass().getSimpleName()).append('[');
            RecordComponent[] components = value.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                sb.append(i > 0 ? ", " : "").append(components[i].getName()).append('=').append(describe(component(value, components[i])));
            }
            return sb.append(']').toString();
        }
        return String.valueOf(value);
    }

    private static Object component(Object record, RecordComponent c) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = Math.min(s.length(), SHOWN_CHARS);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair && i + 1 < shown) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == ' ' || !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSurrogate(c)
                    && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.ENCLOSING_MARK && Character.isDefined(c)) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        sb.append('"');
        return s.length() > shown ? sb + "...(" + s.length() + " chars in all)" : sb.toString();
    }

    /** The test method that called {@code forAll}, e.g. "MatcherPropertyTest.shoutingDoesNotChangeTheAnswer". */
    private static String callingTest() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Cases.class.getName()))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("property"));
    }

    /** Spreads a name's hash over all 64 bits (SplitMix64's finaliser), so similar names give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Cases() {
    }
}
