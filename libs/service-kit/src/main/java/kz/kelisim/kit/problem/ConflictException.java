package kz.kelisim.kit.problem;

/**
 * 409 or 422: the request is well formed but conflicts with what is stored or with a named rule.
 */
public class ConflictException extends ProblemException {

    public ConflictException(int status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    /** The same Idempotency-Key was sent again with a different request. */
    public static ConflictException idempotencyKeyReused(String key) {
        return new ConflictException(422, "idempotency-key-reused", "Idempotency-Key reused",
                "Idempotency-Key '" + key + "' was already used for a different request");
    }
}
