package kz.kelisim.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalActKind;
import kz.kelisim.kit.deadline.DeadlineChange;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.domain.Rejection;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every transition of a {@link StopObligation} after a revocation (PDL-8.7): opened with its deadline,
 * closed by a stop or a reasoned refusal, in time or late, and never answered twice. The rules a refusal
 * must pass are {@link RefusalRuleTest}'s.
 */
class StopObligationTransitionsTest {

    static final String BANK = "050140001238";
    static final String TELECOM = "120340004562";
    static final String AIGERIM = "900515401230";
    static final String REF = "aigerim-pseudonym";

    /** Tuesday 20 October 2026, 11:00 in Almaty. */
    static final Instant REVOKED = Instant.parse("2026-10-20T06:00:00Z");
    /** 24:00 Almaty of Wednesday 11 November 2026, the 15th working day (Republic Day's day off on 26 October skipped). */
    static final Instant DUE = Instant.parse("2026-11-11T19:00:00Z");
    static final Instant STOPPED = Instant.parse("2026-10-28T08:00:00Z");
    static final LegalAct ACCOUNTING_LAW = new LegalAct(LegalActKind.LAW, "234-III", LocalDate.of(2007, 2, 28), "17.1");
    static final LocalizedText REASONS = new LocalizedText("Бухгалтерлік құжаттар бес жыл сақталады",
            "Бухгалтерские документы хранятся пять лет", "Accounting records are kept five years");

    private Consent consent;
    private StopObligation obligation;
    private TrackedDeadline deadline;

    @BeforeEach
    void revoke() {
        Purpose purpose = Purpose.register(BANK, "loan-scoring", Given.definition("P1Y", List.of(TELECOM)), 1,
                Instant.parse("2026-01-10T06:00:00Z"));
        consent = Consent.grant(new GrantConsent(BANK, AIGERIM, "loan-scoring", null, null, null,
                new Evidence("web", "v1", "kk", Instant.parse("2026-01-15T05:59:00Z"), "checkbox"), "key"), purpose, REF,
                Instant.parse("2026-01-15T06:00:00Z")).consent();
        // The telecom's obligation, with the deadline RevocationService opens for it.
        obligation = consent.revoke(AIGERIM, REVOKED, List.of(TELECOM)).get(1);
        deadline = TrackedDeadline.open(DeadlineKind.STOP_PROCESSING, obligation.partyId(), obligation.subjectRef(),
                obligation.id(), obligation.receivedAt(), KazakhCalendar.official());
        obligation.track(deadline);
    }

    @Test
    @DisplayName("PDL-8.7: a third party's obligation opens unanswered, due at 24:00 of the 15th working day after the revocation")
    void an_obligation_opens_due_15_working_days_after_the_revocation_PDL_8_7() {
        assertThat(obligation.status()).isEqualTo(ObligationStatus.OPEN);
        assertThat(obligation.partyId()).isEqualTo(TELECOM);
        assertThat(obligation.thirdParty()).isTrue();
        assertThat(obligation.receivedAt()).isEqualTo(REVOKED);
        assertThat(obligation.dueAt()).isEqualTo(DUE);
        assertThat(obligation.deadlineId()).isEqualTo(deadline.id());
        assertThat(obligation.answeredAt()).isNull();
        assertThat(obligation.outcome()).isNull();
        assertThat(obligation.legalAct()).isNull();
        assertThat(deadline.ownerId()).isEqualTo(TELECOM);
        assertThat(deadline.aggregateId()).isEqualTo(obligation.id());
        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
    }

    @Test
    @DisplayName("PDL-8.7: a stop confirmed in the last minute of the 15th working day is STOPPED and MET, announced by StopConfirmed")
    void a_stop_confirmed_before_the_due_moment_is_met_PDL_8_7() {
        Instant lastMinute = Instant.parse("2026-11-11T18:59:00Z");

        StopConfirmed event = obligation.confirmStop(lastMinute, STOPPED, "deleted from the scoring store", deadline);

        assertThat(obligation.status()).isEqualTo(ObligationStatus.STOPPED);
        assertThat(obligation.answeredAt()).isEqualTo(lastMinute);
        assertThat(obligation.stoppedAt()).isEqualTo(STOPPED);
        assertThat(obligation.stopEvidence()).isEqualTo("deleted from the scoring store");
        assertThat(obligation.outcome()).isEqualTo("MET");
        assertThat(deadline.state()).isEqualTo(DeadlineState.MET);
        assertThat(event.type()).isEqualTo(StopConfirmed.TYPE);
        assertThat(event.obligationId()).isEqualTo(obligation.id());
        assertThat(event.consentId()).isEqualTo(consent.id());
        assertThat(event.partyId()).isEqualTo(TELECOM);
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.occurredAt()).isEqualTo(lastMinute);
        assertThat(event.stoppedAt()).isEqualTo(STOPPED);
        assertThat(event.dueAt()).isEqualTo(DUE);
        assertThat(event.outcome()).isEqualTo("MET");
    }

    @Test
    @DisplayName("PDL-8.7, CC-178..180: a stop confirmed at 24:00 of the 15th working day, the due moment itself, is MET_LATE")
    void a_stop_confirmed_at_the_due_moment_is_late_PDL_8_7() {
        StopConfirmed event = obligation.confirmStop(DUE, STOPPED, "deleted", deadline);

        assertThat(obligation.status()).isEqualTo(ObligationStatus.STOPPED);
        assertThat(obligation.outcome()).isEqualTo("MET_LATE");
        assertThat(event.outcome()).isEqualTo("MET_LATE");
        assertThat(deadline.state()).isEqualTo(DeadlineState.MET_LATE);
    }

    @Test
    @DisplayName("PDL-8.7: a stop confirmed after the deadline was breached is still recorded, as MET_LATE")
    void a_stop_confirmed_after_a_breach_is_met_late_PDL_8_7() {
        deadline.breach(DUE, "consent-events");
        Instant weekLater = DUE.plusSeconds(7 * 24 * 3600);

        StopConfirmed event = obligation.confirmStop(weekLater, STOPPED, "deleted", deadline);

        assertThat(obligation.status()).isEqualTo(ObligationStatus.STOPPED);
        assertThat(obligation.answeredAt()).isEqualTo(weekLater);
        assertThat(event.outcome()).isEqualTo("MET_LATE");
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "BREACHED", "MET_LATE");
    }

    @Test
    @DisplayName("PDL-8.7: a reasoned refusal under a normative legal act closes the obligation as REFUSED, announced by StopRefused with the act and reasons")
    void a_reasoned_refusal_closes_the_obligation_PDL_8_7() {
        Instant answered = Instant.parse("2026-11-02T09:00:00Z");

        StopRefused event = obligation.refuse(answered, ACCOUNTING_LAW, REASONS, deadline);

        assertThat(obligation.status()).isEqualTo(ObligationStatus.REFUSED);
        assertThat(obligation.answeredAt()).isEqualTo(answered);
        assertThat(obligation.outcome()).isEqualTo("MET");
        assertThat(obligation.legalAct()).isEqualTo(ACCOUNTING_LAW);
        assertThat(obligation.reasons()).isEqualTo(REASONS);
        assertThat(obligation.stoppedAt()).isNull();
        assertThat(deadline.state()).isEqualTo(DeadlineState.MET);
        assertThat(event.type()).isEqualTo(StopRefused.TYPE);
        assertThat(event.obligationId()).isEqualTo(obligation.id());
        assertThat(event.consentId()).isEqualTo(consent.id());
        assertThat(event.partyId()).isEqualTo(TELECOM);
        assertThat(event.occurredAt()).isEqualTo(answered);
        assertThat(event.legalAct()).isEqualTo(ACCOUNTING_LAW);
        assertThat(event.reasonKk()).isEqualTo(REASONS.kk());
        assertThat(event.reasonRu()).isEqualTo(REASONS.ru());
        assertThat(event.reasonEn()).isEqualTo(REASONS.en());
        assertThat(event.dueAt()).isEqualTo(DUE);
        assertThat(event.outcome()).isEqualTo("MET");
    }

    @Test
    @DisplayName("PDL-8.7: a reasoned refusal given after the 15 working days is recorded, as MET_LATE")
    void a_refusal_after_the_due_moment_is_met_late_PDL_8_7() {
        StopRefused event = obligation.refuse(DUE.plusSeconds(3600), ACCOUNTING_LAW, REASONS, deadline);

        assertThat(obligation.status()).isEqualTo(ObligationStatus.REFUSED);
        assertThat(obligation.outcome()).isEqualTo("MET_LATE");
        assertThat(event.outcome()).isEqualTo("MET_LATE");
        assertThat(deadline.state()).isEqualTo(DeadlineState.MET_LATE);
    }

    @Test
    @DisplayName("PDL-8.7: a refusal that breaks a rule of PDL-8.7 is 422 and leaves the obligation open and its deadline running")
    void a_refusal_breaking_a_rule_leaves_the_deadline_running_PDL_8_7() {
        assertThatThrownBy(() -> obligation.refuse(Instant.parse("2026-11-02T09:00:00Z"), null, REASONS, deadline))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.RULE);
                    assertThat(e.slug()).isEqualTo("pdl-8-7-refusal-without-legislation");
                });

        assertThat(obligation.status()).isEqualTo(ObligationStatus.OPEN);
        assertThat(obligation.answeredAt()).isNull();
        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED");
    }

    @Test
    @DisplayName("An obligation whose stop was confirmed cannot be answered again, by a stop or a refusal: 409, and the first answer stands")
    void a_stopped_obligation_cannot_be_answered_again() {
        Instant first = Instant.parse("2026-10-28T09:00:00Z");
        obligation.confirmStop(first, STOPPED, "deleted", deadline);
        Instant later = Instant.parse("2026-10-29T09:00:00Z");

        assertAlreadyAnswered(() -> obligation.confirmStop(later, later, "again", deadline));
        assertAlreadyAnswered(() -> obligation.refuse(later, ACCOUNTING_LAW, REASONS, deadline));

        assertThat(obligation.status()).isEqualTo(ObligationStatus.STOPPED);
        assertThat(obligation.answeredAt()).isEqualTo(first);
        assertThat(obligation.stopEvidence()).isEqualTo("deleted");
        assertThat(obligation.legalAct()).isNull();
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "MET");
    }

    @Test
    @DisplayName("An obligation already answered is refused as answered (409) even when the new refusal would also break a rule")
    void an_answered_obligation_is_answered_before_any_rule_is_checked() {
        obligation.confirmStop(Instant.parse("2026-10-28T09:00:00Z"), STOPPED, "deleted", deadline);

        assertAlreadyAnswered(() -> obligation.refuse(Instant.parse("2026-10-29T09:00:00Z"), null, REASONS, deadline));
    }

    @Test
    @DisplayName("An obligation that was refused cannot then be confirmed as stopped: 409, and the refusal stands")
    void a_refused_obligation_cannot_be_confirmed_as_stopped() {
        Instant first = Instant.parse("2026-10-28T09:00:00Z");
        obligation.refuse(first, ACCOUNTING_LAW, REASONS, deadline);

        assertAlreadyAnswered(() -> obligation.confirmStop(first.plusSeconds(60), STOPPED, "deleted", deadline));

        assertThat(obligation.status()).isEqualTo(ObligationStatus.REFUSED);
        assertThat(obligation.stoppedAt()).isNull();
        assertThat(obligation.legalAct()).isEqualTo(ACCOUNTING_LAW);
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "MET");
    }

    private static void assertAlreadyAnswered(ThrowingCallable answer) {
        assertThatThrownBy(answer).isInstanceOfSatisfying(Rejection.class, e -> {
            assertThat(e.kind()).isEqualTo(Rejection.Kind.CONFLICT);
            assertThat(e.slug()).isEqualTo("obligation-already-answered");
        });
    }
}
