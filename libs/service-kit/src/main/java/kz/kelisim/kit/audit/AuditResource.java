package kz.kelisim.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The service's Merkle audit log over HTTP, in the shapes of RFC 6962 §4 (base64 hashes, audit paths
 * from the leaf up): signed tree heads, inclusion and consistency proofs, leaves by index, and a
 * full verification. A regulator or admin reads every leaf; an operator reads its own leaves, and
 * proofs only for them; heads and consistency proofs reveal no leaf, and every reader gets them.
 */
@Path("/api/v1/audit")
@Transactional
public class AuditResource {

    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final int MAX_LEAVES = 1000;
    private static final int MAX_HEADS = 1000;

    private final AuditRepository entries;
    private final AuditTree tree;
    private final AuditLog audit;
    private final Caller caller;

    public AuditResource(AuditRepository entries, AuditTree tree, AuditLog audit, Caller caller) {
        this.entries = entries;
        this.tree = tree;
        this.audit = audit;
        this.caller = caller;
    }

    /** One exported entry; {@code leafIndex} and {@code leafHash} are null until the sequencer has indexed it. */
    public record Entry(long seq, Instant at, String actor, String operatorId, UUID aggregateId,
                        String action, String detail, Long leafIndex, String leafHash) {
    }

    /** A signed tree head as RFC 6962 get-sth gives it, with the JWKS key id that verifies it. */
    public record Head(long tree_size, long timestamp, String sha256_root_hash, String tree_head_signature, String key_id) {
        static Head of(TreeHead h) {
            return new Head(h.treeSize(), h.timestamp(), B64.encodeToString(h.rootHash()), B64.encodeToString(h.signature()),
                    h.keyId());
        }
    }

    /** RFC 6962 get-proof-by-hash. */
    public record InclusionProof(long leaf_index, List<String> audit_path) {
    }

    /** RFC 6962 get-sth-consistency. */
    public record ConsistencyProof(List<String> consistency) {
    }

    /** A leaf as RFC 6962 get-entries gives it ({@code leaf_input}: the hashed bytes), with its fields decoded. */
    public record Leaf(long leaf_index, String leaf_input, String leaf_hash, long seq, Instant at, String actor,
                       String operatorId, UUID aggregateId, String action, String detail) {
    }

    /** The scope of the caller: null for a regulator or admin, who read everything, else its operator id. */
    private String scope() {
        return caller.hasRole(Roles.REGULATOR) || caller.hasRole(Roles.ADMIN) ? null : caller.operatorId();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.REGULATOR})
    @Operation(summary = "Audit entries after a sequence number, in insertion order; operators see their own")
    public List<Entry> export(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        long afterSeq = number("after", after, 0, 0, Long.MAX_VALUE);
        int size = (int) number("limit", limit, 500, 1, 5000);
        String scope = caller.hasRole(Roles.REGULATOR) ? null : caller.operatorId();
        List<AuditEntry> page = entries.page(scope, afterSeq, size);
        Map<Long, Long> indexes = entries.indexesOf(page.stream().map(AuditEntry::id).toList());
        return page.stream().map(e -> {
            Long index = indexes.get(e.id());
            return new Entry(e.id(), e.at(), e.actor(), e.operatorId(), e.aggregateId(), e.action(), e.detail(), index,
                    index == null ? null : B64.encodeToString(e.leafHash()));
        }).toList();
    }

    @GET
    @Path("heads/latest")
    @RolesAllowed({Roles.OPERATOR, Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "The latest signed tree head (RFC 6962 get-sth)")
    public Head latest() {
        return tree.latestHead().map(Head::of).orElseThrow(() -> new ResourceNotFoundException("Tree head", "latest"));
    }

    @GET
    @Path("heads")
    @RolesAllowed({Roles.OPERATOR, Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "The signed tree heads of at least `from` leaves, smallest first")
    public List<Head> heads(@QueryParam("from") String from, @QueryParam("limit") String limit) {
        long fromSize = number("from", from, 0, 0, Long.MAX_VALUE);
        int size = (int) number("limit", limit, 100, 1, MAX_HEADS);
        return tree.headsFrom(fromSize, size).stream().map(Head::of).toList();
    }

    @GET
    @Path("proofs/inclusion")
    @RolesAllowed({Roles.OPERATOR, Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "The audit path of a leaf in the tree of `treeSize` leaves (RFC 6962 get-proof-by-hash)")
    public InclusionProof inclusion(@QueryParam("leafHash") String leafHash, @QueryParam("treeSize") String treeSize) {
        byte[] hash = hash("leafHash", leafHash);
        long size = number("treeSize", treeSize, null, 1, latestSize());
        long index = tree.indexOfLeafHash(hash, size)
                .orElseThrow(() -> new ResourceNotFoundException("Leaf", leafHash.strip()));
        String scope = scope();
        if (scope != null && !scope.equals(tree.operatorAt(index).orElse(null))) {
            // Another operator's leaf is answered like a missing one, so its existence is not revealed.
            throw new ResourceNotFoundException("Leaf", leafHash.strip());
        }
        return new InclusionProof(index, base64(Merkle.inclusionProof(tree, index, size)));
    }

    @GET
    @Path("proofs/consistency")
    @RolesAllowed({Roles.OPERATOR, Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "Proves the tree of `first` leaves is a prefix of the tree of `second` (RFC 6962 get-sth-consistency)")
    public ConsistencyProof consistency(@QueryParam("first") String first, @QueryParam("second") String second) {
        long secondSize = number("second", second, null, 0, latestSize());
        long firstSize = number("first", first, null, 0, secondSize);
        return new ConsistencyProof(base64(Merkle.consistencyProof(tree, firstSize, secondSize)));
    }

    @GET
    @Path("leaves")
    @RolesAllowed({Roles.OPERATOR, Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "The leaves from index `start` to `end`, both included (RFC 6962 get-entries); operators get their own")
    public Map<String, List<Leaf>> leaves(@QueryParam("start") String start, @QueryParam("end") String end) {
        long size = latestSize();
        long first = number("start", start, null, 0, Long.MAX_VALUE);
        long last = number("end", end, null, first, Long.MAX_VALUE);
        if (last - first >= MAX_LEAVES) {
            throw InvalidInputException.field("end", "must be less than start + " + MAX_LEAVES);
        }
        if (first >= size) {
            throw InvalidInputException.field("start", "must be below the latest signed tree size, " + size);
        }
        List<Leaf> leaves = tree.leaves(first, Math.min(last + 1, size), scope()).stream().map(l -> {
            AuditEntry e = l.entry();
            return new Leaf(l.index(), B64.encodeToString(e.leafBytes()), B64.encodeToString(e.leafHash()), e.id(), e.at(),
                    e.actor(), e.operatorId(), e.aggregateId(), e.action(), e.detail());
        }).toList();
        return Map.of("entries", leaves);
    }

    @GET
    @Path("verify")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "Recomputes the tree from the leaves, checks it against every signed head and names the first bad index")
    public AuditLog.Verification verify() {
        return audit.verify();
    }

    private long latestSize() {
        return tree.latestHead().map(TreeHead::treeSize).orElse(0L);
    }

    private static long number(String field, String value, Integer fallback, long min, long max) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw InvalidInputException.field(field, "is required");
            }
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, "must be a whole number");
        }
        if (parsed < min || parsed > max) {
            throw InvalidInputException.field(field, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    private static byte[] hash(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.field(field, "is required");
        }
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "must be base64");
        }
        if (hash.length != Merkle.HASH_LENGTH) {
            throw InvalidInputException.field(field, "must be a 32-byte SHA-256 hash in base64");
        }
        return hash;
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(B64::encodeToString).toList();
    }
}
