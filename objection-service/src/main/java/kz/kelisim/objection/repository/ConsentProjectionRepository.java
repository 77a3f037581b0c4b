package kz.kelisim.objection.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.kelisim.objection.ProjectedConsent;

/**
 * The local projection of consent-events, by consent or by subject, operator and purpose.
 */
@ApplicationScoped
public class ConsentProjectionRepository implements PanacheRepositoryBase<ProjectedConsent, UUID> {

    public List<ProjectedConsent> forPurpose(String subjectRef, String operatorId, String purposeCode) {
        return list("subjectRef = ?1 and operatorId = ?2 and purposeCode = ?3", subjectRef, operatorId, purposeCode);
    }
}
