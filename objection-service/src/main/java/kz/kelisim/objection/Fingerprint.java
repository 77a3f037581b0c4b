package kz.kelisim.objection;

import kz.kelisim.contracts.Sha256;

/**
 * A digest of what a create request asked, to tell a retry under the same Idempotency-Key from a
 * different request that reuses the key.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Object... parts) {
        StringBuilder canonical = new StringBuilder();
        for (Object part : parts) {
            canonical.append(part).append('\u0000');
        }
        return Sha256.hex(canonical.toString());
    }
}
