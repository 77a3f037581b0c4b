package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
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
