package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kelisim.notification.MailDelivery;

/**
 * E-mail deliveries; due ones are locked with SKIP LOCKED so several instances never send the same one.
 */
@ApplicationScoped
public class MailDeliveryRepository implements PanacheRepositoryBase<MailDelivery, UUID> {

    @SuppressWarnings("unchecked")
    public List<MailDelivery> lockDue(Instant now, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        SELECT id FROM mail_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(this::findById).toList();
    }

    public Optional<MailDelivery> forNotice(UUID noticeId) {
        return find("noticeId", noticeId).firstResultOptional();
    }

    public Map<UUID, MailDelivery> forNotices(Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return list("noticeId in ?1", noticeIds).stream().collect(Collectors.toMap(MailDelivery::noticeId, Function.identity()));
    }
}
