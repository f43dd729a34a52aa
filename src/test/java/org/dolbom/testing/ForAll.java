package org.dolbom.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks in plain JUnit: a rule is tried on many generated inputs from a fixed seed, so a failure is
 * reproducible and names the input that broke it.
 */
public final class ForAll {

    public static final long SEED = 20260327L;
    public static final int TRIES = 1000;

    private ForAll() {
    }

    public static <T> void check(Function<Random, T> generator, Consumer<T> property) {
        check(SEED, TRIES, generator, property);
    }

    public static <T> void check(long seed, int tries, Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            T input = generator.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed on try " + (i + 1) + " (seed " + seed + ") for input: "
                        + input, e);
            }
        }
    }

    /** A string of Hangul syllables (가..힣) of the given length. */
    public static String hangul(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('가' + random.nextInt('힣' - '가' + 1)));
        }
        return sb.toString();
    }
}
