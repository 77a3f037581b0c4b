package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.notification.DeliveryStatus;
import kz.kelisim.notification.WebhookDelivery;

/**
 * Webhook deliveries: created at most once per endpoint and event, locked with SKIP LOCKED to send.
 */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** Adds a delivery unless this endpoint already has one for this event; true when added. */
    public boolean enqueue(UUID endpointId, String ownerId, UUID eventId, String eventType, String payload, Instant at) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO webhook_delivery (id, endpoint_id, owner_id, event_id, event_type, payload, status,
                                                      attempts, next_attempt_at, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?7)
                        ON CONFLICT (endpoint_id, event_id) DO NOTHING""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, endpointId).setParameter(3, ownerId)
                .setParameter(4, eventId).setParameter(5, eventType).setParameter(6, payload).setParameter(7, at)
                .executeUpdate() == 1;
    }

    public List<WebhookDelivery> ofOwner(String owner, DeliveryStatus status, UUID endpointId, int limit) {
        StringBuilder q = new StringBuilder("ownerId = :owner");
        Parameters params = Parameters.with("owner", owner);
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (endpointId != null) {
            q.append(" and endpointId = :endpoint");
            params.and("endpoint", endpointId);
        }
        return find(q + " order by createdAt desc, id", params).page(0, limit).list();
    }

    public Optional<WebhookDelivery> ofOwner(UUID id, String owner) {
        return find("id = ?1 and ownerId = ?2", id, owner).firstResultOptional();
    }
}
