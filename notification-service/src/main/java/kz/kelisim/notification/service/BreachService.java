package kz.kelisim.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.notification.BreachReported;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.kit.deadline.Deadlines;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.Problem;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.notification.AffectedSubject;
import kz.kelisim.notification.BreachIncident;
import kz.kelisim.notification.BreachSubject;
import kz.kelisim.notification.Notice;
import kz.kelisim.notification.NoticeKind;
import kz.kelisim.notification.SlaBreach;
import kz.kelisim.notification.repository.BreachRepository;
import kz.kelisim.notification.repository.BreachSubjectRepository;

/**
 * Files breach reports (BRN-1): the one-working-day deadline from detection is opened and answered
 * at once, so a late report is recorded as MET_LATE and reported to regulators as a missed
 * deadline; the regulator is told at once, and every affected subject with an IIN gets a breach
 * notice (INF-7-2.10-1). Subjects' data is encrypted before it is stored and never logged.
 */
@ApplicationScoped
public class BreachService {

    private final BreachRepository incidents;
    private final BreachSubjectRepository subjects;
    private final Deadlines deadlines;
    private final DeadlineFacts facts;
    private final SlaReporting sla;
    private final NoticeService notices;
    private final WebhookDispatcher webhooks;
    private final Outbox outbox;
    private final AuditLog audit;
    private final SubjectCipher cipher;
    private final SubjectPseudonym pseudonym;
    private final ObjectMapper mapper;
    private final Clock clock;

    public BreachService(BreachRepository incidents, BreachSubjectRepository subjects, Deadlines deadlines,
                         DeadlineFacts facts, SlaReporting sla, NoticeService notices, WebhookDispatcher webhooks,
                         Outbox outbox, AuditLog audit, SubjectCipher cipher, SubjectPseudonym pseudonym, ObjectMapper mapper, Clock clock) {
        this.incidents = incidents;
        this.subjects = subjects;
        this.deadlines = deadlines;
        this.facts = facts;
        this.sla = sla;
        this.notices = notices;
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.audit = audit;
        this.cipher = cipher;
        this.pseudonym = pseudonym;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The outcome of a report: the incident, and whether this call replayed an earlier identical one. */
    public record Filed(BreachIncident incident, boolean replayed) {
    }

    @Transactional
    public Filed report(String operatorId, String idempotencyKey, byte[] request, BreachIncident.Facts facts,
                        List<AffectedSubject> affected) {
        String fingerprint = cipher.fingerprint(request);
        var earlier = IdempotencyKey.replayOrRefuse(idempotencyKey, incidents.byKey(operatorId, idempotencyKey),
                incident -> incident.requestHash().equals(fingerprint));
        if (earlier.isPresent()) {
            return new Filed(earlier.get(), true);
        }
        Instant now = clock.instant();
        if (facts.detectedAt().isAfter(now)) {
            throw InvalidInputException.field("detectedAt", "must not be in the future");
        }
        validate(affected, "subjects");
        BreachIncident incident = BreachIncident.file(operatorId, idempotencyKey, fingerprint, facts, now);
        // BRN-1: the report is due one working day after detection (24:00 Asia/Almaty); it is answered now.
        TrackedDeadline deadline = deadlines.open(DeadlineKind.BREACH_REPORT, operatorId, operatorId, incident.id(),
                facts.detectedAt());
        DeadlineState state = deadline.answer(now);
        incident.answeredDeadline(deadline.dueAt(), state);
        incidents.persist(incident);
        this.facts.breachReported(incident);
        if (state == DeadlineState.MET_LATE) {
            // BRN-1: a report filed after its deadline is recorded and reported to regulators as late.
            sla.record(new SlaBreach(deadline.id(), DeadlineKind.BREACH_REPORT.name(), operatorId, operatorId,
                    incident.id(), deadline.dueAt(), deadline.dueAt(), Topics.BREACH_EVENTS));
        }
        addAll(incident, affected, 0);
        BreachReported reported = incident.reported(UUID.randomUUID(), affected.size());
        outbox.add(reported);
        webhooks.enqueue(reported);
        // BRN-1: when the report was filed, against its one-working-day deadline.
        audit.append(now, operatorId, operatorId, incident.id(), "BREACH_REPORTED",
                "detected " + facts.detectedAt() + ", due " + deadline.dueAt() + ", " + state + ", " + affected.size() + " subjects");
        return new Filed(incident, false);
    }

    /** Adds affected subjects to an incident (for example from an NDJSON upload); returns how many. */
    @Transactional
    public int addSubjects(String operatorId, UUID incidentId, List<AffectedSubject> affected) {
        BreachIncident incident = ownIncident(operatorId, incidentId);
        validate(affected, "line");
        // Two uploads to one incident take turns, so their sequence numbers never collide.
        subjects.getEntityManager().createNativeQuery("SELECT 1 FROM breach_incident WHERE id = ?1 FOR UPDATE")
                .setParameter(1, incidentId).getResultList();
        addAll(incident, affected, subjects.countOf(incidentId));
        audit.append(clock.instant(), operatorId, operatorId, incidentId, "BREACH_SUBJECTS_ADDED", affected.size() + " subjects");
        return affected.size();
    }

    public BreachIncident ownIncident(String operatorId, UUID id) {
        return incidents.ofOperator(id, operatorId).orElseThrow(() -> new ResourceNotFoundException("Breach incident", id));
    }

    public BreachIncident anyIncident(UUID id) {
        return incidents.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Breach incident", id));
    }

    public List<BreachIncident> search(String operatorId, Boolean late, int limit) {
        return incidents.search(operatorId, late, limit);
    }

    public List<BreachSubject> subjectsOf(UUID incidentId, int offset, int limit) {
        return subjects.ofIncident(incidentId, offset, limit);
    }

    public int subjectCount(UUID incidentId) {
        return subjects.countOf(incidentId);
    }

    /** Decrypts one affected subject's data, for the regulator (INF-7-2.10-1) or a masked view. */
    public AffectedSubject reveal(BreachSubject row) {
        try {
            return mapper.readValue(cipher.decrypt(row.dataEnc(), aad(row.incidentId(), row.seq())), AffectedSubject.class);
        } catch (IOException e) {
            throw new IllegalStateException("Affected subject " + row.id() + " does not decode", e);
        }
    }

    private void addAll(BreachIncident incident, List<AffectedSubject> affected, int firstSeq) {
        Instant now = clock.instant();
        int seq = firstSeq;
        for (AffectedSubject subject : affected) {
            seq++;
            String ref = subject.hasIin() ? pseudonym.of(subject.iin()) : null;
            BreachSubject row = new BreachSubject(incident.id(), seq, ref, encrypt(subject, incident.id(), seq), now);
            subjects.persist(row);
            if (ref != null) {
                // INF-7-2.10-1: each affected subject is told, once per incident however often they are listed.
                UUID eventId = UUID.nameUUIDFromBytes(("breach/" + incident.id() + "/" + ref).getBytes(StandardCharsets.UTF_8));
                Notice notice = notices.post(ref, eventId, NoticeKind.BREACH, noticeParams(incident), now);
                row.notified(notice.id());
            }
        }
    }

    private static Map<String, Object> noticeParams(BreachIncident incident) {
        Map<String, Object> params = new HashMap<>();
        params.put("operator", incident.operatorId());
        params.put("detected", incident.detectedAt().toString());
        params.put("categories", String.join(", ", incident.dataCategories()));
        params.put("measures", incident.measures());
        String contact = String.join(", ", Stream.of(incident.contactName(), incident.contactPhone(),
                incident.contactEmail()).filter(s -> s != null && !s.isBlank()).toList());
        if (!contact.isBlank()) {
            params.put("contact", contact);
        }
        return params;
    }

    private byte[] encrypt(AffectedSubject subject, UUID incidentId, int seq) {
        try {
            return cipher.encrypt(mapper.writeValueAsBytes(subject), aad(incidentId, seq));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Affected subject cannot be encoded", e);
        }
    }

    private static byte[] aad(UUID incidentId, int seq) {
        return ("breach-subject/" + incidentId + "/" + seq).getBytes(StandardCharsets.UTF_8);
    }

    /** Every problem names its position, never the data (which must not reach logs or error bodies). */
    private static void validate(List<AffectedSubject> affected, String position) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < affected.size() && errors.size() < 20; i++) {
            String problem = affected.get(i) == null ? "is empty" : affected.get(i).problem();
            if (problem != null) {
                String field = position.equals("line") ? "line " + (i + 1) : position + "[" + i + "]";
                errors.add(new Problem.FieldError(field, problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() + " affected subject(s) are not valid; the first is "
                    + errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
    }
}
