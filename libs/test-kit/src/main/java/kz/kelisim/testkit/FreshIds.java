package kz.kelisim.testkit;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid BINs no earlier run has used (ID-1), so a test that creates an operator's profile starts
 * from nothing and never depends on what other tests left in the shared database.
 */
public final class FreshIds {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private FreshIds() {
    }

    /** A random BIN: a registration year and month, entity type 4-6, attribute 0-3 and a valid check digit. */
    public static String bin() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            String prefix = String.format("%02d%02d%d%d%05d", r.nextInt(100), 1 + r.nextInt(12), 4 + r.nextInt(3),
                    r.nextInt(4), r.nextInt(100_000));
            int check = checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
    }

    private static int checkDigit(String prefix) {
        int first = weighted(prefix, FIRST_WEIGHTS);
        if (first != 10) {
            return first;
        }
        int second = weighted(prefix, SECOND_WEIGHTS);
        return second == 10 ? -1 : second;
    }

    private static int weighted(String prefix, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (prefix.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
