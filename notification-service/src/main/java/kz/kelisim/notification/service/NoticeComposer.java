package kz.kelisim.notification.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalCitation;
import kz.kelisim.contracts.objection.AppealDecided;
import kz.kelisim.contracts.objection.DecisionRecorded;
import kz.kelisim.contracts.objection.ObjectionAppealed;
import kz.kelisim.contracts.objection.ObjectionReceived;
import kz.kelisim.contracts.objection.ObjectionResolved;
import kz.kelisim.notification.NoticeKind;

/**
 * Decides which events a subject must be told about and with which values; the texts themselves
 * come from the message bundles when the notice is read.
 */
public final class NoticeComposer {

    /** A notice to post: for whom, of which kind, with the values its templates need. */
    public record Draft(String subjectRef, NoticeKind kind, Map<String, Object> params) {
    }

    private NoticeComposer() {
    }

    public static Optional<Draft> compose(DomainEvent event) {
        if (event instanceof ConsentGranted e) {
            return draft(e, NoticeKind.CONSENT_GRANTED, "operator", e.operatorId(), "purpose", e.purposeCode());
        }
        if (event instanceof ConsentEnded e) {
            // PDL-8.5: the term passed; PDL-8.6: the purpose was achieved.
            return draft(e, e.reason() == ConsentEnded.Reason.EXPIRED ? NoticeKind.CONSENT_EXPIRED : NoticeKind.CONSENT_ENDED,
                    "operator", e.operatorId(), "purpose", e.purposeCode());
        }
        if (event instanceof ConsentRevoked e) {
            // PDL-8.7: every party owes an answer by the same due moment, 15 working days after receipt.
            Instant due = e.obligations().stream().map(ConsentRevoked.Obligation::dueAt).max(Instant::compareTo).orElse(null);
            return draft(e, NoticeKind.CONSENT_REVOKED, "operator", e.operatorId(), "purpose", e.purposeCode(),
                    "due", due == null ? null : due.toString());
        }
        if (event instanceof StopConfirmed e) {
            return draft(e, NoticeKind.STOP_CONFIRMED, "party", e.partyId(), "late", "MET_LATE".equals(e.outcome()));
        }
        if (event instanceof StopRefused e) {
            // PDL-8.7: the legislation the party cites, in each language; an event from before legalAct has one text.
            LegalAct act = e.legalAct();
            return draft(e, NoticeKind.STOP_REFUSED, "party", e.partyId(), "law", e.lawReference(),
                    "law_kk", act == null ? null : LegalCitation.of(act, "kk"),
                    "law_ru", act == null ? null : LegalCitation.of(act, "ru"),
                    "law_en", act == null ? null : LegalCitation.of(act, "en"),
                    "reason_kk", e.reasonKk(), "reason_ru", e.reasonRu(), "reason_en", e.reasonEn());
        }
        if (event instanceof DecisionRecorded e) {
            return draft(e, NoticeKind.DECISION_RECORDED, "operator", e.operatorId(), "activity", e.activityCode());
        }
        if (event instanceof ObjectionReceived e) {
            return draft(e, NoticeKind.OBJECTION_RECEIVED, "operator", e.operatorId(), "due", e.dueAt().toString());
        }
        if (event instanceof ObjectionResolved e) {
            return draft(e, NoticeKind.OBJECTION_RESOLVED, "operator", e.operatorId(), "upheld", "UPHELD".equals(e.outcome()),
                    "explanation_kk", e.explanationKk(), "explanation_ru", e.explanationRu(), "explanation_en", e.explanationEn());
        }
        if (event instanceof ObjectionAppealed e) {
            return draft(e, NoticeKind.OBJECTION_APPEALED, "operator", e.operatorId());
        }
        if (event instanceof AppealDecided e) {
            return draft(e, NoticeKind.APPEAL_DECIDED, "operator", e.operatorId(), "upheld", "UPHELD".equals(e.outcome()),
                    "explanation_kk", e.explanationKk(), "explanation_ru", e.explanationRu(), "explanation_en", e.explanationEn());
        }
        if (event instanceof DeadlineBreached e && !"BREACH_REPORT".equals(e.kind())) {
            // PDL-8.7, PDL-19-1.3: the subject is told that the party missed what it owed them.
            return draft(e, NoticeKind.DEADLINE_MISSED, "party", e.ownerId(), "stop", "STOP_PROCESSING".equals(e.kind()),
                    "due", e.dueAt().toString());
        }
        return Optional.empty();
    }

    private static Optional<Draft> draft(DomainEvent event, NoticeKind kind, Object... keyValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                params.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return Optional.of(new Draft(event.subjectRef(), kind, params));
    }
}
