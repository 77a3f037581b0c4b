package kz.kelisim.calendar;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over its edge cases and many random cases, and on failure names the case and the seed that
 * reproduces the run ({@code -Dkelisim.property.seed=...}).
 */
final class Generated<T> {

    static final int TRIES = 1000;

    private final Function<Random, T> generator;
    private final List<T> edgeCases;

    private Generated(Function<Random, T> generator, List<T> edgeCases) {
        this.generator = generator;
        this.edgeCases = List.copyOf(edgeCases);
    }

    static <T> Generated<T> of(Function<Random, T> generator, List<T> edgeCases) {
        return new Generated<>(generator, edgeCases);
    }

    void check(Consumer<T> property) {
        long seed = Long.getLong("kelisim.property.seed", ThreadLocalRandom.current().nextLong());
        edgeCases.forEach(c -> run(property, c, seed));
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            run(property, generator.apply(random), seed);
        }
    }

    private static <T> void run(Consumer<T> property, T value, long seed) {
        try {
            property.accept(value);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Property fails for " + value + "; rerun with -Dkelisim.property.seed=" + seed, e);
        }
    }
}
