package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.notification.WebhookEndpoint;

/**
 * Webhook endpoints, always looked up by their owner.
 */
@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public List<WebhookEndpoint> activeFor(Collection<String> owners) {
        return owners.isEmpty() ? List.of() : list("active = true and ownerId in ?1", owners);
    }

    public List<WebhookEndpoint> ofOwner(String owner) {
        return list("ownerId = ?1 and active = true order by createdAt", owner);
    }

    public Optional<WebhookEndpoint> ofOwner(UUID id, String owner) {
        return find("id = ?1 and ownerId = ?2", id, owner).firstResultOptional();
    }

    public Optional<WebhookEndpoint> byKey(String owner, String idempotencyKey) {
        return find("ownerId = ?1 and idempotencyKey = ?2", owner, idempotencyKey).firstResultOptional();
    }
}
