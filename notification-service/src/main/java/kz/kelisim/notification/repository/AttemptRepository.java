package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.kelisim.notification.DeliveryAttempt;

/**
 * The delivery log of e-mails and webhooks.
 */
@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, UUID> {

    public List<DeliveryAttempt> forDelivery(DeliveryAttempt.Channel channel, UUID deliveryId) {
        return list("channel = ?1 and deliveryId = ?2 order by attempt", channel.name(), deliveryId);
    }
}
