package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.notification.SlaBreach;

/**
 * The regulators' records of missed deadlines.
 */
@ApplicationScoped
public class SlaBreachRepository implements PanacheRepositoryBase<SlaBreach, UUID> {

    /** Adds the record unless this deadline already has one; true when added. */
    public boolean addOnce(SlaBreach breach) {
        int added = getEntityManager().createNativeQuery("""
                        INSERT INTO sla_breach (id, deadline_id, kind, operator_id, subject_ref, aggregate_id, due_at,
                                                breached_at, source_topic)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (deadline_id) DO NOTHING""")
                .setParameter(1, breach.id()).setParameter(2, breach.deadlineId()).setParameter(3, breach.kind())
                .setParameter(4, breach.operatorId()).setParameter(5, breach.subjectRef())
                .setParameter(6, breach.aggregateId()).setParameter(7, breach.dueAt())
                .setParameter(8, breach.breachedAt()).setParameter(9, breach.sourceTopic())
                .executeUpdate();
        return added == 1;
    }

    /** Records newest first; a null filter matches everything; the period is [from, to). */
    public List<SlaBreach> search(String operatorId, String kind, Instant from, Instant to, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (operatorId != null) {
            q.append(" and operatorId = :operator");
            params.and("operator", operatorId);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (from != null) {
            q.append(" and breachedAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            q.append(" and breachedAt < :to");
            params.and("to", to);
        }
        return find(q + " order by breachedAt desc, id", params).page(0, limit).list();
    }
}
