package kz.kelisim.objection;

import java.time.Instant;
import java.util.Optional;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.contracts.objection.ObjectionAppealed;
import kz.kelisim.contracts.objection.ObjectionReceived;
import kz.kelisim.contracts.objection.ObjectionResolved;
import kz.kelisim.kit.deadline.DeadlineChange;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.domain.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every transition of an {@link Objection} (PDL-19-1.2, PDL-19-1.3): received with its three-working-day
 * review deadline, considered once as UPHELD or REJECTED with the texts the subject reads, and appealed
 * only after the answer or after the term.
 */
class ObjectionTransitionsTest {

    static final String BANK = "050140001238";
    static final String DANIYAR = "851102304561";
    static final String REF = "daniyar-pseudonym";

    static final Instant PUBLISHED = Instant.parse("2026-12-01T06:00:00Z");
    /** Monday 14 December 2026, 11:00 in Almaty. */
    static final Instant RECEIVED = Instant.parse("2026-12-14T06:00:00Z");
    /** 24:00 Almaty of Friday 18 December: the 3rd working day, Independence Day (Wednesday 16 December) skipped. */
    static final Instant DUE = Instant.parse("2026-12-18T19:00:00Z");
    static final Instant IN_TIME = Instant.parse("2026-12-17T08:00:00Z");

    static final LocalizedText ACTION = new LocalizedText("Шешімді адам қайта қарады", "Решение пересмотрел человек",
            "A person reviewed the decision");
    static final LocalizedText REASONS = new LocalizedText("Модель дұрыс жұмыс істеді", "Модель сработала верно", null);

    private ProcessingActivity activity;
    private AutomatedDecision decision;

    @BeforeEach
    void publishActivityAndDecide() {
        activity = ProcessingActivity.draft(Texts.draft(BANK, "scoring", true,
                new LegalBasis(BasisKind.LAW, null, "Law on credit bureaus, Art. 20"), false, "activity-key"), 1, PUBLISHED);
        activity.publish(PUBLISHED);
        DecisionOutcome outcome = AutomatedDecision.decide(activity,
                new RecordDecision(BANK, "scoring", DANIYAR, "refused", Instant.parse("2026-12-10T06:00:00Z"), "decision-key"),
                REF, Optional.empty(), false, Instant.parse("2026-12-10T06:00:01Z"));
        decision = ((DecisionOutcome.Recorded) outcome).decision();
    }

    // --- file ---------------------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-19-1.2, PDL-19-1.3: an objection is received OPEN, its review due at 24:00 of the 3rd working day after receipt, and announced")
    void an_objection_is_received_with_a_review_due_in_three_working_days_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection.Filed filed = Objection.receive(deadline.aggregateId(), file(null, Remedy.HUMAN_REVIEW), activity, null, REF, deadline);

        Objection objection = filed.objection();
        assertThat(objection.status()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(objection.operatorId()).isEqualTo(BANK);
        assertThat(objection.activityId()).isEqualTo(activity.id());
        assertThat(objection.activityCode()).isEqualTo("scoring");
        assertThat(objection.decisionId()).isNull();
        assertThat(objection.receivedAt()).isEqualTo(RECEIVED);
        assertThat(objection.dueAt()).isEqualTo(DUE);
        assertThat(objection.deadlineId()).isEqualTo(deadline.id());
        assertThat(objection.resolvedAt()).isNull();
        assertThat(objection.stopsProcessing()).isFalse();

        ObjectionReceived event = filed.event();
        assertThat(event.type()).isEqualTo(ObjectionReceived.TYPE);
        assertThat(event.objectionId()).isEqualTo(objection.id());
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.operatorId()).isEqualTo(BANK);
        assertThat(event.activityId()).isEqualTo(activity.id());
        assertThat(event.decisionId()).isNull();
        assertThat(event.remedy()).isEqualTo("HUMAN_REVIEW");
        assertThat(event.receivedAt()).isEqualTo(RECEIVED);
        assertThat(event.occurredAt()).isEqualTo(RECEIVED);
        assertThat(event.dueAt()).isEqualTo(DUE);
    }

    @Test
    @DisplayName("PDL-19-1.3, CC-178..180: an objection received at 01:00 Saturday in Almaty (Friday in UTC) is counted from Monday")
    void an_objection_received_on_a_kazakh_saturday_is_counted_from_the_next_working_day_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(Instant.parse("2026-12-11T20:00:00Z"));
        Objection objection = Objection.receive(deadline.aggregateId(), file(null, Remedy.HUMAN_REVIEW), activity, null, REF, deadline)
                .objection();

        // Working days 14, 15 and 17 December: Thursday 17 December, 24:00 Almaty.
        assertThat(objection.dueAt()).isEqualTo(Instant.parse("2026-12-17T19:00:00Z"));
    }

    @Test
    @DisplayName("PDL-19-1.2: an objection to one decision names it, and asking to reverse it is possible")
    void an_objection_to_one_decision_names_the_decision_PDL_19_1_2() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection.Filed filed = Objection.receive(deadline.aggregateId(), file(decision, Remedy.REVERSE_DECISION), activity, decision, REF,
                deadline);

        assertThat(filed.objection().decisionId()).isEqualTo(decision.id());
        assertThat(filed.objection().remedy()).isEqualTo(Remedy.REVERSE_DECISION);
        assertThat(filed.event().decisionId()).isEqualTo(decision.id());
        assertThat(filed.event().remedy()).isEqualTo("REVERSE_DECISION");
    }

    @Test
    @DisplayName("PDL-19-1.2: reversing a decision can be asked only of a decision: without one the objection is 400 naming remedy")
    void reversing_needs_the_decision_objected_to_PDL_19_1_2() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);

        assertThatThrownBy(() -> Objection.receive(deadline.aggregateId(), file(null, Remedy.REVERSE_DECISION), activity, null, REF, deadline))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.INVALID);
                    assertThat(e.fields()).extracting(Rejection.Field::name).containsExactly("remedy");
                });
    }

    @Test
    @DisplayName("PDL-19-1.2: an open or upheld objection asking to stop the processing stops it; a rejected one does not")
    void an_objection_asking_to_stop_stops_processing_until_rejected_PDL_19_1_2() {
        Objection open = received(Remedy.STOP_PROCESSING);
        Objection upheld = received(Remedy.STOP_PROCESSING);
        upheld.resolve(new Resolution(ObjectionStatus.UPHELD, ACTION, "A. Reviewer", "bank-operator"), reviewFrom(RECEIVED), IN_TIME);
        Objection rejected = received(Remedy.STOP_PROCESSING);
        rejected.resolve(new Resolution(ObjectionStatus.REJECTED, REASONS, "A. Reviewer", "bank-operator"), reviewFrom(RECEIVED), IN_TIME);

        assertThat(open.stopsProcessing()).isTrue();
        assertThat(upheld.stopsProcessing()).isTrue();
        assertThat(rejected.stopsProcessing()).isFalse();
    }

    // --- resolve ------------------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-19-1.3: an objection upheld in time records what was done and who reviewed it; its review is MET and the subject is told")
    void an_objection_upheld_in_time_is_met_and_told_to_the_subject_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);

        ObjectionResolved event = objection.resolve(new Resolution(ObjectionStatus.UPHELD, ACTION, "A. Reviewer", "bank-operator"),
                deadline, IN_TIME);

        assertThat(objection.status()).isEqualTo(ObjectionStatus.UPHELD);
        assertThat(objection.explanation()).isEqualTo(ACTION);
        assertThat(objection.reviewedBy()).isEqualTo("A. Reviewer");
        assertThat(objection.resolvedAt()).isEqualTo(IN_TIME);
        assertThat(deadline.state()).isEqualTo(DeadlineState.MET);
        assertThat(event.type()).isEqualTo(ObjectionResolved.TYPE);
        assertThat(event.objectionId()).isEqualTo(objection.id());
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.operatorId()).isEqualTo(BANK);
        assertThat(event.outcome()).isEqualTo("UPHELD");
        assertThat(event.explanationKk()).isEqualTo(ACTION.kk());
        assertThat(event.explanationRu()).isEqualTo(ACTION.ru());
        assertThat(event.explanationEn()).isEqualTo(ACTION.en());
        assertThat(event.resolvedAt()).isEqualTo(IN_TIME);
        assertThat(event.occurredAt()).isEqualTo(IN_TIME);
        assertThat(event.reviewState()).isEqualTo("MET");
    }

    @Test
    @DisplayName("PDL-19-1.3: an objection rejected at 24:00 of the 3rd working day, the due moment itself, is recorded as MET_LATE")
    void an_objection_rejected_at_the_due_moment_is_late_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);

        ObjectionResolved event = objection.resolve(new Resolution(ObjectionStatus.REJECTED, REASONS, "A. Reviewer", "bank-operator"),
                deadline, DUE);

        assertThat(objection.status()).isEqualTo(ObjectionStatus.REJECTED);
        assertThat(event.outcome()).isEqualTo("REJECTED");
        assertThat(event.explanationEn()).isNull();
        assertThat(event.reviewState()).isEqualTo("MET_LATE");
        assertThat(deadline.state()).isEqualTo(DeadlineState.MET_LATE);
    }

    @Test
    @DisplayName("PDL-19-1.3: an objection answered after its review deadline was breached is still considered, as MET_LATE")
    void an_objection_answered_after_a_breach_is_met_late_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);
        deadline.breach(DUE, "objection-events");

        ObjectionResolved event = objection.resolve(new Resolution(ObjectionStatus.REJECTED, REASONS, "A. Reviewer", "bank-operator"),
                deadline, DUE.plusSeconds(86_400));

        assertThat(objection.status()).isEqualTo(ObjectionStatus.REJECTED);
        assertThat(event.reviewState()).isEqualTo("MET_LATE");
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "BREACHED", "MET_LATE");
    }

    @Test
    @DisplayName("PDL-19-1.3: upholding must say what was done in Kazakh and Russian: 400 naming actionTaken.kk, and the review keeps running")
    void an_upheld_objection_must_say_what_was_done_in_kazakh_and_russian_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);

        assertInvalid(() -> objection.resolve(new Resolution(ObjectionStatus.UPHELD, new LocalizedText(" ", "Пересмотрено", "Reviewed"),
                "A. Reviewer", "bank-operator"), deadline, IN_TIME), "actionTaken.kk");
        assertInvalid(() -> objection.resolve(new Resolution(ObjectionStatus.UPHELD, null, "A. Reviewer", "bank-operator"), deadline, IN_TIME),
                "actionTaken.kk", "actionTaken.ru");

        assertThat(objection.status()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(objection.resolvedAt()).isNull();
        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
    }

    @Test
    @DisplayName("PDL-19-1.3: rejecting must give the reasons in Kazakh and Russian: 400 naming reasons.ru, and the review keeps running")
    void a_rejected_objection_must_give_reasons_in_kazakh_and_russian_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);

        assertInvalid(() -> objection.resolve(new Resolution(ObjectionStatus.REJECTED, new LocalizedText("Дұрыс", null, "Correct"),
                "A. Reviewer", "bank-operator"), deadline, IN_TIME), "reasons.ru");

        assertThat(objection.status()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
    }

    @Test
    @DisplayName("An answer must be UPHELD or REJECTED: OPEN or none is 400 naming outcome")
    void an_answer_must_be_upheld_or_rejected() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);

        assertInvalid(() -> objection.resolve(new Resolution(ObjectionStatus.OPEN, ACTION, "A. Reviewer", "bank-operator"), deadline, IN_TIME),
                "outcome");
        assertInvalid(() -> objection.resolve(new Resolution(null, ACTION, "A. Reviewer", "bank-operator"), deadline, IN_TIME), "outcome");
        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
    }

    @Test
    @DisplayName("PDL-19-1.3: a considered objection cannot be considered again: 409 objection-already-resolved, and the first answer stands")
    void a_considered_objection_cannot_be_considered_again_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);
        objection.resolve(new Resolution(ObjectionStatus.REJECTED, REASONS, "A. Reviewer", "bank-operator"), deadline, IN_TIME);

        assertThatThrownBy(() -> objection.resolve(new Resolution(ObjectionStatus.UPHELD, ACTION, "B. Reviewer", "bank-operator"),
                deadline, IN_TIME.plusSeconds(60)))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.CONFLICT);
                    assertThat(e.slug()).isEqualTo("objection-already-resolved");
                });

        assertThat(objection.status()).isEqualTo(ObjectionStatus.REJECTED);
        assertThat(objection.explanation()).isEqualTo(REASONS);
        assertThat(objection.reviewedBy()).isEqualTo("A. Reviewer");
        assertThat(objection.resolvedAt()).isEqualTo(IN_TIME);
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "MET");
    }

    // --- appeal -------------------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-19-1.3: while the operator may still consider the objection, an appeal is refused as too early (409), naming the due moment")
    void an_appeal_before_the_answer_and_within_the_term_is_too_early_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);

        assertThatThrownBy(() -> objection.appeal("No answer yet", deadline.state(), IN_TIME))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.CONFLICT);
                    assertThat(e.slug()).isEqualTo("pdl-19-1-3-appeal-too-early");
                    assertThat(e.detail()).contains(DUE.toString());
                });
        assertThat(objection.status()).isEqualTo(ObjectionStatus.OPEN);
    }

    @Test
    @DisplayName("PDL-19-1.3: after the operator's answer the subject may appeal to the regulator; the appeal is PENDING and announced")
    void the_subject_may_appeal_the_answer_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);
        objection.resolve(new Resolution(ObjectionStatus.REJECTED, REASONS, "A. Reviewer", "bank-operator"), deadline, IN_TIME);
        Instant appealed = Instant.parse("2026-12-21T05:00:00Z");

        Appeal.Lodged lodged = objection.appeal("The model ignored my income", deadline.state(), appealed);

        Appeal appeal = lodged.appeal();
        assertThat(appeal.status()).isEqualTo(AppealStatus.PENDING);
        assertThat(appeal.objectionId()).isEqualTo(objection.id());
        assertThat(appeal.operatorId()).isEqualTo(BANK);
        assertThat(appeal.grounds()).isEqualTo("The model ignored my income");
        assertThat(appeal.appealedAt()).isEqualTo(appealed);
        assertThat(appeal.outcome()).isNull();
        ObjectionAppealed event = lodged.event();
        assertThat(event.type()).isEqualTo(ObjectionAppealed.TYPE);
        assertThat(event.appealId()).isEqualTo(appeal.id());
        assertThat(event.objectionId()).isEqualTo(objection.id());
        assertThat(event.operatorId()).isEqualTo(BANK);
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.appealedAt()).isEqualTo(appealed);
        assertThat(event.occurredAt()).isEqualTo(appealed);
    }

    @Test
    @DisplayName("PDL-19-1.3: once the 3 working days passed in silence and the deadline was breached, the subject may appeal the inaction")
    void the_subject_may_appeal_the_silence_after_the_term_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);
        deadline.breach(DUE, "objection-events");

        Appeal.Lodged lodged = objection.appeal("No answer in three working days", deadline.state(), DUE);

        assertThat(objection.status()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(lodged.appeal().status()).isEqualTo(AppealStatus.PENDING);
        assertThat(lodged.appeal().appealedAt()).isEqualTo(DUE);
        assertThat(lodged.event().objectionId()).isEqualTo(objection.id());
    }

    @Test
    @DisplayName("PDL-19-1.3: silence past the due moment may be appealed at once, before any scan has marked the deadline breached")
    void the_silence_may_be_appealed_from_the_due_moment_before_the_scan_PDL_19_1_3() {
        TrackedDeadline deadline = reviewFrom(RECEIVED);
        Objection objection = receive(deadline, Remedy.HUMAN_REVIEW);

        Appeal.Lodged lodged = objection.appeal("No answer in three working days", deadline.state(), DUE);

        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(lodged.appeal().appealedAt()).isEqualTo(DUE);
        assertThatThrownBy(() -> receive(reviewFrom(RECEIVED), Remedy.HUMAN_REVIEW)
                .appeal("too early", DeadlineState.OPEN, DUE.minusNanos(1))).isInstanceOf(Rejection.class);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String... fields) {
        assertThatThrownBy(change).isInstanceOfSatisfying(Rejection.class, e -> {
            assertThat(e.kind()).isEqualTo(Rejection.Kind.INVALID);
            assertThat(e.slug()).isEqualTo("invalid-input");
            assertThat(e.fields()).extracting(Rejection.Field::name).containsExactly(fields);
        });
    }

    /** The review deadline ReviewDeadlines opens, on the shipped calendar. */
    private static TrackedDeadline reviewFrom(Instant receivedAt) {
        return TrackedDeadline.open(DeadlineKind.OBJECTION_REVIEW, BANK, REF, Objection.newId(), receivedAt, KazakhCalendar.official());
    }

    private Objection received(Remedy remedy) {
        return receive(reviewFrom(RECEIVED), remedy);
    }

    private Objection receive(TrackedDeadline deadline, Remedy remedy) {
        return Objection.receive(deadline.aggregateId(), file(null, remedy), activity, null, REF, deadline).objection();
    }

    private FileObjection file(AutomatedDecision about, Remedy remedy) {
        return new FileObjection(DANIYAR, about == null ? activity.id() : null, about == null ? null : about.id(), remedy,
                "The score is wrong", "objection-key");
    }
}
