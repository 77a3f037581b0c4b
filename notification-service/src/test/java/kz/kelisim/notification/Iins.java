package kz.kelisim.notification;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kz.kelisim.contracts.NationalId;

/**
 * Fresh valid IINs and BINs (ID-1), so that no test shares a subject or an operator with another.
 */
final class Iins {

    private Iins() {
    }

    /** An IIN born 1960-1998 on day 1-28 of a month (century and sex code 3 or 4), with its check digit. */
    static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return withCheckDigit(() -> String.format("%02d%02d%02d%d%04d", r.nextInt(60, 99), r.nextInt(1, 13), r.nextInt(1, 29),
                r.nextInt(3, 5), r.nextInt(10000)), NationalId::isIin);
    }

    /** A BIN with registration year 90-99 and month 01-12, entity type 4-6, attribute 0-3, with its check digit. */
    static String randomBin() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return withCheckDigit(() -> String.format("9%d%02d%d%d%05d", r.nextInt(10), r.nextInt(1, 13), r.nextInt(4, 7),
                r.nextInt(4), r.nextInt(100000)), NationalId::isBin);
    }

    private static String withCheckDigit(Supplier<String> prefixes, Predicate<String> valid) {
        while (true) {
            String prefix = prefixes.get();
            for (int check = 0; check < 10; check++) {
                if (valid.test(prefix + check)) {
                    return prefix + check;
                }
            }
        }
    }
}
