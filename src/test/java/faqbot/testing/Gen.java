package faqbot.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A source of test values drawn from a seeded {@link SplittableRandom}, so that {@link Cases} can
 * replay exactly the same cases from a seed named in a failure message.
 *
 * @param <T> the generated value, e.g. a string of Hangul and emoji
 */
@FunctionalInterface
public interface Gen<T> {

    /** The next value; all randomness must come from {@code random}, or a seed would not reproduce it. */
    T next(SplittableRandom random);

    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f, "f");
        return r -> f.apply(next(r));
    }

    /** Values that pass {@code keep}; for rare rejections only, since it draws again until one passes. */
    default Gen<T> filter(Predicate<? super T> keep) {
        Objects.requireNonNull(keep, "keep");
        return r -> {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                T value = next(r);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("the filter rejected 10,000 values in a row: generate differently");
        };
    }

    /** Lists of {@code min} to {@code max} values, e.g. the pieces a text is joined from. */
    default Gen<List<T>> list(int min, int max) {
        Gen<Integer> size = length(min, max);
        return r -> {
            int n = size.next(r);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(next(r));
            }
            return out;
        };
    }

    /** One of the given values, each equally likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        // Copied element by element here and below: handing the varargs array itself on is what javac warns about.
        List<T> copy = new ArrayList<>(values.length);
        for (T v : values) {
            copy.add(v);
        }
        return of(copy);
    }

    static <T> Gen<T> of(List<T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("values: nothing to pick from");
        }
        return r -> copy.get(r.nextInt(copy.size()));
    }

    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /** One of the given generators, each equally likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... alternatives) {
        List<Gen<? extends T>> copy = new ArrayList<>(alternatives.length);
        for (Gen<? extends T> a : alternatives) {
            copy.add(a);
        }
        return r -> copy.get(r.nextInt(copy.size())).next(r);
    }

    /** A generator with its relative weight, for {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** One of the generators, chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<T>... choices) {
        List<Weighted<T>> copy = new ArrayList<>(choices.length);
        for (Weighted<T> c : choices) {
            copy.add(c);
        }
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        return r -> {
            int pick = r.nextInt(total);
            for (Weighted<T> w : copy) {
                pick -= w.weight();
                if (pick < 0) {
                    return w.gen().next(r);
                }
            }
            throw new AssertionError("unreachable: pick below the total weight");
        };
    }

    /** Integers from {@code from} to {@code to}, both included, uniformly. */
    static Gen<Integer> ints(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("empty range " + from + ".." + to);
        }
        return r -> (int) r.nextLong(from, (long) to + 1);
    }

    /** Any int; the extremes and small numbers, where off-by-one bugs live, turn up often. */
    static Gen<Integer> ints() {
        return oneOf(r -> r.nextInt(), ints(-100, 100), of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE));
    }

    /** Any long, uniformly, so that every bit is set about half the time (a bit field of independent flags). */
    static Gen<Long> uniformLongs() {
        return SplittableRandom::nextLong;
    }

    /**
     * A length from {@code min} to {@code max}: half the time near {@code min}, where the short edge
     * cases are, otherwise anywhere in the range, so that the longest inputs are drawn too.
     */
    static Gen<Integer> length(int min, int max) {
        Gen<Integer> anywhere = ints(min, max);
        Gen<Integer> nearMin = ints(min, Math.min(max, min + 20));
        return oneOf(nearMin, anywhere);
    }

    /** One code point from {@code from} to {@code to} as a string, e.g. codePoints(0xAC00, 0xD7A3) for a Hangul syllable. */
    static Gen<String> codePoints(int from, int to) {
        return ints(from, to).map(Character::toString);
    }

    /** Any single UTF-16 unit, lone surrogates and noncharacters included, as a one-character string. */
    static Gen<String> anyChar() {
        return r -> String.valueOf((char) r.nextInt(Character.MAX_VALUE + 1));
    }

    /** Strings of any UTF-16 units, {@code min} to {@code max} long. */
    static Gen<String> anyChars(int min, int max) {
        return join(anyChar(), min, max);
    }

    /** Strings of {@code min} to {@code max} characters from {@code alphabet}. */
    static Gen<String> chars(String alphabet, int min, int max) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("alphabet: nothing to pick from");
        }
        Gen<Integer> size = length(min, max);
        return r -> {
            int n = size.next(r);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        };
    }

    /** {@code min} to {@code max} pieces, concatenated. */
    static Gen<String> join(Gen<String> piece, int min, int max) {
        return piece.list(min, max).map(l -> String.join("", l));
    }
}
