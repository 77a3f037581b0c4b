package kz.kelisim.kit.limits;

import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.kelisim.kit.problem.Problem;

/**
 * 429: the caller has used up its request budget. The filter answers a single request this way; an
 * endpoint that spends several requests at once (a batch of consent checks) throws it.
 */
public class RateLimitedException extends RuntimeException {

    private final long secondsToWait;

    public RateLimitedException(long secondsToWait) {
        super("rate limited for " + secondsToWait + " s");
        this.secondsToWait = secondsToWait;
    }

    public long secondsToWait() {
        return secondsToWait;
    }

    public Response toResponse() {
        return response(secondsToWait);
    }

    /** 429 problem+json with {@code Retry-After}. */
    static Response response(long secondsToWait) {
        return Response.status(429).header("Retry-After", String.valueOf(secondsToWait)).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + "rate-limited", "Too many requests", 429,
                        "This client has used up its request budget; retry after " + secondsToWait + " s", List.of()))
                .build();
    }
}
