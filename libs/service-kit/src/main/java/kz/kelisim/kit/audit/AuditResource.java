package kz.kelisim.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Exports the service's hash-chained audit log: an operator its own entries, a regulator all of them, and
 * checks that the chain is intact.
 */
@Path("/api/v1/audit")
public class AuditResource {

    private final AuditRepository entries;
    private final AuditLog audit;
    private final Caller caller;

    public AuditResource(AuditRepository entries, AuditLog audit, Caller caller) {
        this.entries = entries;
        this.audit = audit;
        this.caller = caller;
    }

    /** One exported entry, with the hashes needed to check it. */
    public record Entry(long seq, Instant at, String actor, String operatorId, UUID aggregateId,
                        String action, String detail, String prevHash, String hash) {
        static Entry of(AuditEntry e) {
            return new Entry(e.seq(), e.at(), e.actor(), e.operatorId(), e.aggregateId(), e.action(), e.detail(),
                    e.prevHash(), e.hash());
        }
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.REGULATOR})
    @Operation(summary = "Audit entries after a sequence number, in chain order; operators see their own")
    public List<Entry> export(@QueryParam("after") @DefaultValue("0") long after,
                              @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > 5000) {
            throw InvalidInputException.field("limit", "must be between 1 and 5000");
        }
        String scope = caller.hasRole(Roles.REGULATOR) ? null : caller.operatorId();
        return entries.page(scope, after, limit).stream().map(Entry::of).toList();
    }

    @GET
    @Path("verify")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "Recomputes the whole chain and says whether, and where, it was altered")
    public AuditLog.Verification verify() {
        return audit.verify();
    }
}
