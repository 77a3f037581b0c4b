package kz.kelisim.consent.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.consent.LocalizedText;
import kz.kelisim.consent.ObligationStatus;
import kz.kelisim.consent.StopObligation;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalCitation;
import kz.kelisim.kit.deadline.Countdown;
import kz.kelisim.kit.deadline.DeadlineState;

/**
 * A stop obligation (PDL-8.7) with its deadline's state and the working days left.
 *
 * @param deadlineState OPEN, MET, BREACHED or MET_LATE, from the deadline engine
 * @param legalAct      for a refusal, the normative legal act (the legislation) it cites
 * @param citation      that act as a reader cites it, in kk, ru and en ({@link LegalCitation})
 */
public record ObligationView(UUID id, UUID consentId, String partyId, boolean thirdParty, String operatorId,
                             String subjectIin, String purposeCode, Instant receivedAt, Instant dueAt, LocalDate dueDate,
                             int workingDaysLeft, ObligationStatus status, DeadlineState deadlineState,
                             Instant answeredAt, Instant stoppedAt, String stopEvidence, LegalAct legalAct,
                             LocalizedText citation, LocalizedText reasons) {

    static ObligationView of(StopObligation o, DeadlineState deadlineState, Countdown countdown) {
        return new ObligationView(o.id(), o.consentId(), o.partyId(), o.thirdParty(), o.operatorId(), o.subjectIin(),
                o.purposeCode(), o.receivedAt(), o.dueAt(), KazakhTime.dueDateOf(o.dueAt()),
                o.status() == ObligationStatus.OPEN ? countdown.workingDaysLeft(o.receivedAt(), o.dueAt()) : 0,
                o.status(), deadlineState, o.answeredAt(), o.stoppedAt(), o.stopEvidence(), o.legalAct(),
                citation(o.legalAct()), o.reasons());
    }

    private static LocalizedText citation(LegalAct act) {
        return act == null ? null
                : new LocalizedText(LegalCitation.of(act, "kk"), LegalCitation.of(act, "ru"), LegalCitation.of(act, "en"));
    }
}
