package kz.kelisim.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import kz.kelisim.kit.domain.Rejection;
import kz.kelisim.kit.limits.RateLimitedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that reaches the REST layer to problem+json (RFC 9457). Client mistakes get
 * a 4xx that says what is wrong; only our own faults are 500, and those reveal nothing inside.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response named(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return e.toResponse();
    }

    /** A domain rule's refusal: 400 for fields, 409 for the aggregate's state, 422 for a rule. */
    @ServerExceptionMapper
    public Response rejected(Rejection e) {
        return respond(problemOf(e));
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(new InvalidInputException(detail, errors).toProblem());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return respond(JsonProblems.of(e).toProblem());
    }

    /** Overrides the framework's own, more specific mappers, which answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unparsable(com.fasterxml.jackson.core.JsonParseException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your token does not allow this request", List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // The body reader wraps what the parser refused (such as a JsonLimits breach): say what it was.
            return json(json);
        }
        if (status >= 500) {
            LOG.error("Server error", e);
            return respond(internal());
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(new Problem(Problem.TYPE_BASE + slug(title), title, status, e.getMessage(), List.of()));
    }

    /** Two requests changed the same record at once: the later one may retry. */
    @ServerExceptionMapper
    public Response concurrentUpdate(jakarta.persistence.OptimisticLockException e) {
        return respond(concurrent());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Problem problem = problemOf(e);
        if (problem.status() == 503) {
            // The client did nothing wrong and may retry: 503, never a bare 500 (readiness is DOWN too).
            LOG.warnf("Database unreachable: %s", e.getMessage());
            return Response.status(503).header("Retry-After", "5").type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        if (problem.status() >= 500) {
            LOG.error("Unexpected error", e);
        }
        return respond(problem);
    }

    /**
     * What a client is told about a failure that is not already a problem: a unique-key race is a 409
     * to retry, a value the database cannot store a 400, an unreachable database a 503, and anything
     * else a 500 that reveals nothing.
     */
    public static Problem problemOf(Throwable e) {
        if (e instanceof ProblemException named) {
            return named.toProblem();
        }
        if (e instanceof Rejection r) {
            int status = switch (r.kind()) {
                case INVALID -> 400;
                case CONFLICT -> 409;
                case RULE -> 422;
            };
            return new Problem(Problem.TYPE_BASE + r.slug(), r.title(), status, r.detail(),
                    r.fields().stream().map(f -> new Problem.FieldError(f.name(), f.message())).toList());
        }
        if (uniqueViolation(e)) {
            return concurrent();
        }
        String dataError = sqlState(e, "22");
        if (dataError != null) {
            // SQLSTATE class 22 is "data exception": a value the client sent cannot be stored (for example
            // U+0000 in a text, or a number out of range). The transaction rolled back: nothing was written.
            return new InvalidInputException("22021".equals(dataError)
                    ? "A text contains a character that cannot be stored (such as U+0000)"
                    : "A value in the request cannot be stored (out of range or malformed)", List.of()).toProblem();
        }
        if (databaseUnreachable(e)) {
            return new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                    "The service cannot reach its database; retry shortly with the same Idempotency-Key", List.of());
        }
        return internal();
    }

    private static Problem concurrent() {
        return new Problem(Problem.TYPE_BASE + "concurrent-request", "Concurrent request", 409,
                "Another request changed the same record at the same moment; retry with the same Idempotency-Key",
                List.of());
    }

    /** The SQLSTATE of the first SQL exception in the chain whose state starts with the given class, or null. */
    static String sqlState(Throwable e, String stateClass) {
        for (Throwable t : Causes.of(e)) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(stateClass)) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** SQLSTATE 23505: two concurrent creates raced for the same unique key (for example one Idempotency-Key). */
    static boolean uniqueViolation(Throwable e) {
        for (Throwable t : Causes.of(e)) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** See {@link Failures#databaseUnreachable}. */
    static boolean databaseUnreachable(Throwable e) {
        return Failures.databaseUnreachable(e);
    }

    private static Problem internal() {
        return new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "The service failed to handle the request; it has been logged", List.of());
    }

    private static Response unauthenticated() {
        return Response.status(401).header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                        "A valid bearer token is required", List.of()))
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String leaf(String path) {
        // "grant.arg1.subjectIin" -> "subjectIin": clients know their fields, not our method names.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
