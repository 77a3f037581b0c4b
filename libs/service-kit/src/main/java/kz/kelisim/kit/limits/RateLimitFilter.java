package kz.kelisim.kit.limits;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import kz.kelisim.kit.security.Caller;

/**
 * Answers 429 with {@code Retry-After} when a client has used up its budget: operators on the
 * consent check (per OAuth client), subjects on their own {@code /api/v1/me} endpoints (per person).
 * Anonymous requests pass through to be refused by authentication.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

    private final RateLimits limits;
    private final SecurityIdentity identity;
    private final Caller caller;

    public RateLimitFilter(RateLimits limits, SecurityIdentity identity, Caller caller) {
        this.limits = limits;
        this.identity = identity;
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            return;
        }
        String path = withOneLeadingSlash(request.getUriInfo().getPath());
        RateLimits.Kind kind;
        String client;
        if ("POST".equals(request.getMethod()) && path.equals("/api/v1/consent-checks")) {
            kind = RateLimits.Kind.CONSENT_CHECK;
            client = caller.clientId();
        } else if (path.startsWith("/api/v1/me/") || path.equals("/api/v1/me")) {
            kind = RateLimits.Kind.SUBJECT;
            client = caller.personId();
        } else {
            return;
        }
        long wait = limits.secondsToWait(kind, client);
        if (wait > 0) {
            request.abortWith(RateLimitedException.response(wait));
        }
    }

    /** The path as the rules spell it; on the consent check's hot path, so without a regular expression. */
    static String withOneLeadingSlash(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return "/" + path.substring(start);
    }
}
