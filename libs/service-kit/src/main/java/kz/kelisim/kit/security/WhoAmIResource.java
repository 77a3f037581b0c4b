package kz.kelisim.kit.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Tells callers what this service reads from their token. It is also the benchmarks' baseline: the
 * cheapest authenticated request a service can answer.
 */
@Path("/api/v1/whoami")
@Authenticated
public class WhoAmIResource {

    private static final Set<String> KELISIM_ROLES = Set.of(Roles.SUBJECT, Roles.OPERATOR, Roles.REGULATOR, Roles.ADMIN);

    /** The caller as this service sees them. */
    public record WhoAmI(String name, List<String> roles, String operatorId, String iin) {
    }

    private final SecurityIdentity identity;
    private final Caller caller;

    public WhoAmIResource(SecurityIdentity identity, Caller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's name, Kelisim roles, operator_id and iin as read from the token")
    public WhoAmI whoami() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(KELISIM_ROLES);
        return new WhoAmI(identity.getPrincipal().getName(), List.copyOf(roles),
                caller.claim(Caller.OPERATOR_CLAIM).orElse(null), caller.claim(Caller.IIN_CLAIM).orElse(null));
    }
}
