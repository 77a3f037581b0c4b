package kz.kelisim.objection.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.objection.Objection;
import kz.kelisim.objection.ObjectionStatus;

/**
 * Objections, within the calling operator's queue or the calling subject's own.
 */
@ApplicationScoped
public class ObjectionRepository implements PanacheRepositoryBase<Objection, UUID> {

    public Optional<Objection> findForOperator(UUID id, String operatorId) {
        return find("id = ?1 and operatorId = ?2", id, operatorId).firstResultOptional();
    }

    public Optional<Objection> findForSubject(UUID id, String subjectRef) {
        return find("id = ?1 and subjectRef = ?2", id, subjectRef).firstResultOptional();
    }

    public Optional<Objection> findByIdempotencyKey(String subjectRef, String key) {
        return find("subjectRef = ?1 and idempotencyKey = ?2", subjectRef, key).firstResultOptional();
    }

    /** The operator's queue, earliest due first (PDL-19-1.3). */
    public List<Objection> queue(String operatorId, ObjectionStatus status, int limit) {
        return find("operatorId = ?1 and status = ?2 order by dueAt, id", operatorId, status).page(0, limit).list();
    }

    public List<Objection> listForSubject(String subjectRef) {
        return list("subjectRef = ?1 order by receivedAt desc, id", subjectRef);
    }

    /** Objections asking to stop this activity's automated processing for this subject. */
    public List<Objection> stopRequests(String subjectRef, String operatorId, String activityCode) {
        return list("subjectRef = ?1 and operatorId = ?2 and activityCode = ?3 and remedy = kz.kelisim.objection.Remedy.STOP_PROCESSING",
                subjectRef, operatorId, activityCode);
    }
}
