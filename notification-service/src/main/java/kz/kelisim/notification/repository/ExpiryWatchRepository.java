package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kz.kelisim.notification.ConsentExpiryWatch;

/**
 * Consents with a term that the subject is to be told about before they end.
 */
@ApplicationScoped
public class ExpiryWatchRepository implements PanacheRepositoryBase<ConsentExpiryWatch, UUID> {
}
