package kz.kelisim.consent.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.consent.ObligationStatus;
import kz.kelisim.consent.StopObligation;

/**
 * Stop obligations: a party sees only its own; the subject sees those of their consents.
 */
@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<StopObligation, UUID> {

    public Optional<StopObligation> findForParty(UUID id, String partyId) {
        return find("id = ?1 and partyId = ?2", id, partyId).firstResultOptional();
    }

    public List<StopObligation> listForParty(String partyId, ObligationStatus status) {
        return status == null
                ? list("partyId = ?1 order by dueAt, id", partyId)
                : list("partyId = ?1 and status = ?2 order by dueAt, id", partyId, status);
    }

    public List<StopObligation> forConsent(UUID consentId) {
        return list("consentId = ?1 order by thirdParty, partyId", consentId);
    }
}
