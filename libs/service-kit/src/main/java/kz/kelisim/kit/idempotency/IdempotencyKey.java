package kz.kelisim.kit.idempotency;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Predicate;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.ProblemException;

/**
 * The Idempotency-Key of a create (docs/design.md, "Idempotency keys"). Every POST that creates takes one.
 * A retry with the same key and the same request is answered with what the first request recorded. The same
 * key sent with a different request is refused, because answering it would hide that the second request
 * was never carried out. Every keyed create answers through {@link #answer}, so all of them look alike.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    /** Tells a client whether the answer is a replay of the first one. */
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 200;

    private IdempotencyKey() {
    }

    /** The key itself, or a 400 that names the header and says what is expected. */
    public static String require(String key) {
        if (key == null || key.isBlank()) {
            throw InvalidInputException.field(HEADER, "header is required on every create");
        }
        if (key.length() > MAX_LENGTH) {
            throw InvalidInputException.field(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        return key;
    }

    /**
     * What an earlier request under {@code key} recorded, to be answered again, when {@code sameRequest} says
     * it asked for the same thing; empty when the key is new. A key reused for a different request is
     * refused with 422 {@code idempotency-key-reused}.
     */
    public static <T> Optional<T> replayOrRefuse(String key, Optional<T> earlier, Predicate<? super T> sameRequest) {
        if (earlier.isPresent() && !sameRequest.test(earlier.get())) {
            throw reused(key);
        }
        return earlier;
    }

    /**
     * The answer to a keyed create: 201 for the request that created, 200 for a replay of it, both with
     * {@code Idempotent-Replayed} saying which.
     */
    public static Response.ResponseBuilder answer(boolean created) {
        return Response.status(created ? 201 : 200).header(REPLAYED, !created);
    }

    static ProblemException reused(String key) {
        return new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                "Idempotency-Key '" + key + "' was already used for a different request");
    }
}
