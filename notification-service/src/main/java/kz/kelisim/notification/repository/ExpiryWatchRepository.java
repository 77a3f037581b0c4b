package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.notification.ConsentExpiryWatch;

/**
 * Consents with a term that the subject is to be told about before they end.
 */
@ApplicationScoped
public class ExpiryWatchRepository implements PanacheRepositoryBase<ConsentExpiryWatch, UUID> {

    @SuppressWarnings("unchecked")
    public List<ConsentExpiryWatch> lockDue(Instant now, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        SELECT consent_id FROM consent_expiry_watch WHERE notified_at IS NULL AND notify_at <= ?1
                        AND valid_until > ?1 ORDER BY notify_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(this::findById).toList();
    }
}
