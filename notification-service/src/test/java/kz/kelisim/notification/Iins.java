package kz.kelisim.notification;

import java.util.concurrent.ThreadLocalRandom;
import kz.kelisim.contracts.NationalId;

/**
 * Fresh valid IINs (ID-1 check digit), so that no test shares a subject with another.
 */
final class Iins {

    private Iins() {
    }

    static String random() {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String prefix = String.format("%02d%02d%02d%d%04d", r.nextInt(60, 99), r.nextInt(1, 13), r.nextInt(1, 29),
                    r.nextInt(3, 7), r.nextInt(10000));
            for (int check = 0; check < 10; check++) {
                if (NationalId.isValid(prefix + check)) {
                    return prefix + check;
                }
            }
        }
    }
}
