package kz.kelisim.system.faults;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every write the suite acknowledged with a 2xx, as the clients saw it, and the few operations the
 * clients gave up on (never acknowledged, so they may or may not be stored).
 */
final class Ledger {

    record Grant(String key, UUID consentId, String iin) {
    }

    record Revocation(UUID consentId, String iin, Map<String, UUID> obligationByParty) {
    }

    record Stop(UUID obligationId, String partyId, boolean learntFromConflict) {
    }

    record Objection(String key, UUID objectionId, String iin) {
    }

    final Map<String, Grant> grants = new ConcurrentHashMap<>();
    final Map<UUID, Revocation> revocations = new ConcurrentHashMap<>();
    final Map<UUID, Stop> stops = new ConcurrentHashMap<>();
    final Map<String, Objection> objections = new ConcurrentHashMap<>();
    final AtomicLong checks = new AtomicLong();

    final Set<String> abandonedGrantKeys = ConcurrentHashMap.newKeySet();
    final Set<UUID> abandonedRevocations = ConcurrentHashMap.newKeySet();
    final Set<UUID> abandonedStops = ConcurrentHashMap.newKeySet();
    final Set<String> abandonedObjectionKeys = ConcurrentHashMap.newKeySet();
    /** Answers the workload did not expect (a 4xx for a valid request, say); each is a failure. */
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    long writes() {
        return grants.size() + revocations.size() + stops.size() + objections.size();
    }

    long abandoned() {
        return abandonedGrantKeys.size() + abandonedRevocations.size() + abandonedStops.size() + abandonedObjectionKeys.size();
    }
}
