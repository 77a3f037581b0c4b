package kz.kelisim.objection.rest;

import kz.kelisim.kit.problem.InvalidInputException;

/**
 * Every POST that creates takes an Idempotency-Key header (docs/design.md#idempotency-keys).
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static String require(String key) {
        if (key == null || key.isBlank()) {
            throw InvalidInputException.field(HEADER, "header is required on every create");
        }
        if (key.length() > 200) {
            throw InvalidInputException.field(HEADER, "must be at most 200 characters");
        }
        return key;
    }
}
