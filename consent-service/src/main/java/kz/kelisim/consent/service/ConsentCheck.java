package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.consent.ConsentStatus;
import org.hibernate.Session;

/**
 * The hot path: may this operator process this subject's data for this purpose right now? It
 * reads the committed rows through a covering index and keeps no cache, so a revocation, expiry or
 * purpose-achieved is reflected the moment it commits.
 */
@ApplicationScoped
public class ConsentCheck {

    private final EntityManager em;
    private final Clock clock;

    public ConsentCheck(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The answer; {@code reason} says why processing is not allowed, or null when it is. */
    public record Answer(boolean allowed, UUID consentId, ConsentStatus status, Instant validUntil, String reason) {
    }

    /**
     * The subject's newest consent for the purpose decides: a later consent replaces earlier ones, so
     * revoking it stops processing even if an older record was never revoked (PDL-8.7).
     */
    public Answer check(String operatorId, String subjectIin, String purposeCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, status, valid_until FROM consent
                        WHERE operator_id = ?1 AND subject_iin = ?2 AND purpose_code = ?3
                        ORDER BY granted_at DESC LIMIT 1""")
                .setParameter(1, operatorId).setParameter(2, subjectIin).setParameter(3, purposeCode)
                .getResultList();
        if (rows.isEmpty()) {
            return NO_CONSENT;
        }
        Object[] row = rows.get(0);
        return answer((UUID) row[0], (String) row[1], instant(row[2]), clock.instant());
    }

    /** One question of a batch: the subject and the purpose. */
    public record Question(String subjectIin, String purposeCode) {
    }

    /**
     * The answers to a batch, in its order, with the rules of {@link #check}: one query for the whole batch,
     * never one per question. A question asked twice gets the same answer twice.
     */
    public List<Answer> checkAll(String operatorId, List<Question> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        Map<Question, Answer> newest = new HashMap<>();
        Instant now = clock.instant();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement newestConsents = connection.prepareStatement("""
                    SELECT DISTINCT ON (c.subject_iin, c.purpose_code) c.subject_iin, c.purpose_code, c.id, c.status, c.valid_until
                    FROM consent c
                    JOIN unnest(?::varchar[], ?::varchar[]) AS q(subject_iin, purpose_code)
                      ON c.subject_iin = q.subject_iin AND c.purpose_code = q.purpose_code
                    WHERE c.operator_id = ?
                    ORDER BY c.subject_iin, c.purpose_code, c.granted_at DESC""")) {
                newestConsents.setArray(1, connection.createArrayOf("varchar",
                        questions.stream().map(Question::subjectIin).toArray()));
                newestConsents.setArray(2, connection.createArrayOf("varchar",
                        questions.stream().map(Question::purposeCode).toArray()));
                newestConsents.setString(3, operatorId);
                try (ResultSet rows = newestConsents.executeQuery()) {
                    while (rows.next()) {
                        newest.put(new Question(rows.getString(1), rows.getString(2)),
                                answer(rows.getObject(3, UUID.class), rows.getString(4), instant(rows.getTimestamp(5)), now));
                    }
                }
            }
        });
        return questions.stream().map(q -> newest.getOrDefault(q, NO_CONSENT)).toList();
    }

    static final Answer NO_CONSENT = new Answer(false, null, null, null, "NO_CONSENT: no consent of this subject for this purpose");

    private static Answer answer(UUID id, String storedStatus, Instant validUntil, Instant now) {
        ConsentStatus status = ConsentStatus.valueOf(storedStatus);
        // EXPIRED follows from the term at this instant (PDL-8.5), never from a stored flag.
        if (status == ConsentStatus.ACTIVE && validUntil != null && !now.isBefore(validUntil)) {
            status = ConsentStatus.EXPIRED;
        }
        return new Answer(status == ConsentStatus.ACTIVE, id, status, validUntil, reason(status));
    }

    private static String reason(ConsentStatus status) {
        return switch (status) {
            case REVOKED -> "REVOKED: the subject revoked this consent (PDL-8.7)";
            case EXPIRED -> "EXPIRED: the consent's term has passed (PDL-8.5)";
            case PURPOSE_ACHIEVED -> "PURPOSE_ACHIEVED: the purpose was achieved (PDL-8.6)";
            case ACTIVE -> null;
        };
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
