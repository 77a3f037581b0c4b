package kz.kelisim.objection.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.objection.ActivityStatus;
import kz.kelisim.objection.BasisKind;
import kz.kelisim.objection.ProcessingActivity;

/**
 * Processing activities, looked up within the calling operator's scope, or published ones for subjects.
 */
@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<ProcessingActivity, UUID> {

    public Optional<ProcessingActivity> findForOperator(UUID id, String operatorId) {
        return find("id = ?1 and operatorId = ?2", id, operatorId).firstResultOptional();
    }

    public List<ProcessingActivity> listForOperator(String operatorId) {
        return list("operatorId = ?1 order by code, version desc", operatorId);
    }

    public Optional<ProcessingActivity> findByIdempotencyKey(String operatorId, String key) {
        return find("operatorId = ?1 and idempotencyKey = ?2", operatorId, key).firstResultOptional();
    }

    public int latestVersion(String operatorId, String code) {
        Integer max = getEntityManager().createQuery(
                        "select max(a.version) from ProcessingActivity a where a.operatorId = ?1 and a.code = ?2", Integer.class)
                .setParameter(1, operatorId).setParameter(2, code).getSingleResult();
        return max == null ? 0 : max;
    }

    public Optional<ProcessingActivity> findActive(String operatorId, String code) {
        return find("operatorId = ?1 and code = ?2 and status = ?3", operatorId, code, ActivityStatus.ACTIVE)
                .firstResultOptional();
    }

    /**
     * The published activities that concern a subject: those under which a decision about them was
     * recorded, and those relying on a purpose the subject consented to with that operator.
     */
    public List<ProcessingActivity> concerning(String subjectRef) {
        return list("""
                from ProcessingActivity a where a.status = ?1 and (
                  exists (select 1 from AutomatedDecision d
                          where d.subjectRef = ?2 and d.operatorId = a.operatorId and d.activityCode = a.code)
                  or exists (select 1 from ProjectedConsent c
                          where c.subjectRef = ?2 and c.operatorId = a.operatorId and c.purposeCode = a.basis.purposeCode)
                  or (a.basis.kind = ?3 and (
                    exists (select 1 from AutomatedDecision d where d.subjectRef = ?2 and d.operatorId = a.operatorId)
                    or exists (select 1 from ProjectedConsent c where c.subjectRef = ?2 and c.operatorId = a.operatorId))))
                order by a.operatorId, a.code""", ActivityStatus.ACTIVE, subjectRef, BasisKind.LAW);
    }

    /**
     * A published activity a subject may object to before any decision about them exists (PDL-19-1.2): one
     * that concerns them through a consent or a decision, or any one a law provides for, since a law's
     * processing needs no consent and so leaves no trace of the subject here before its first decision.
     */
    public Optional<ProcessingActivity> openToObjection(UUID activityId, String subjectRef) {
        ProcessingActivity activity = findById(activityId);
        if (activity == null || activity.status() != ActivityStatus.ACTIVE) {
            return Optional.empty();
        }
        if (activity.basis().kind() == BasisKind.LAW) {
            return Optional.of(activity);
        }
        return concerning(subjectRef).stream().filter(a -> a.id().equals(activityId)).findFirst();
    }
}
