package kz.kelisim.objection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.objection.Appeal;
import kz.kelisim.objection.AppealOutcome;
import kz.kelisim.objection.AppealStatus;
import kz.kelisim.objection.LocalizedText;
import kz.kelisim.objection.repository.AppealRepository;
import kz.kelisim.objection.repository.ObjectionRepository;

/**
 * The regulator's queue of appeals and its decisions on them (PDL-19-1.3).
 */
@ApplicationScoped
public class AppealService {

    private final AppealRepository appeals;
    private final ObjectionRepository objections;
    private final ObjectionService objectionService;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public AppealService(AppealRepository appeals, ObjectionRepository objections, ObjectionService objectionService,
                         Outbox outbox, AuditLog audit, Clock clock) {
        this.appeals = appeals;
        this.objections = objections;
        this.objectionService = objectionService;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Appeals in a state, oldest first, each with its objection. */
    public List<ObjectionCase> queue(AppealStatus status, int limit) {
        return appeals.queue(status, limit).stream()
                .map(a -> objectionService.caseOf(objections.findById(a.objectionId())))
                .toList();
    }

    /** One appeal, with its objection, however far down the queue it is. */
    public ObjectionCase get(UUID appealId) {
        Appeal appeal = appeals.findByIdOptional(appealId).orElseThrow(() -> new ResourceNotFoundException("Appeal", appealId));
        return objectionService.caseOf(objections.findById(appeal.objectionId()));
    }

    @Transactional
    public ObjectionCase decide(UUID appealId, AppealOutcome outcome, LocalizedText explanation, String decidedBy) {
        Appeal appeal = appeals.findByIdOptional(appealId).orElseThrow(() -> new ResourceNotFoundException("Appeal", appealId));
        outbox.add(appeal.decide(outcome, explanation, decidedBy, clock.instant()));
        audit.append(appeal.decidedAt(), decidedBy, appeal.operatorId(), appeal.objectionId(), "APPEAL_DECIDED",
                "appeal " + appealId + ": " + outcome);
        ConcurrentWrites.flush(appeals.getEntityManager(), "Appeal " + appealId);
        return objectionService.caseOf(objections.findById(appeal.objectionId()));
    }
}
