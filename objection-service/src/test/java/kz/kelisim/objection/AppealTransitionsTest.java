package kz.kelisim.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.contracts.objection.AppealDecided;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.domain.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every transition of an {@link Appeal} to the regulator (PDL-19-1.3): lodged PENDING, decided once with
 * an explanation the subject reads in Kazakh and Russian.
 */
class AppealTransitionsTest {

    static final String BANK = "050140001238";
    static final String REF = "daniyar-pseudonym";
    static final Instant RECEIVED = Instant.parse("2026-12-14T06:00:00Z");
    static final Instant APPEALED = Instant.parse("2026-12-21T05:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-12-28T07:30:00Z");
    static final LocalizedText WHY = new LocalizedText("Оператор табысты ескермеді", "Оператор не учёл доход",
            "The operator ignored the income");

    private Objection objection;
    private Appeal appeal;

    @BeforeEach
    void lodge() {
        ProcessingActivity activity = ProcessingActivity.draft(Texts.draft(BANK, "scoring", true,
                new LegalBasis(BasisKind.LAW, null, "Law on credit bureaus, Art. 20"), false, "activity-key"), 1, RECEIVED.minusSeconds(86_400));
        activity.publish(RECEIVED.minusSeconds(86_400));
        TrackedDeadline review = TrackedDeadline.open(DeadlineKind.OBJECTION_REVIEW, BANK, REF, Objection.newId(), RECEIVED,
                KazakhCalendar.official());
        objection = Objection.receive(review.aggregateId(), new FileObjection("851102304561", activity.id(), null, Remedy.HUMAN_REVIEW,
                "The score is wrong", "objection-key"), activity, null, REF, review).objection();
        objection.resolve(new Resolution(ObjectionStatus.REJECTED, new LocalizedText("Дұрыс", "Верно", null), "A. Reviewer",
                "bank-operator"), review, Instant.parse("2026-12-16T08:00:00Z"));
        appeal = objection.appeal("The model ignored my income", review.state(), APPEALED).appeal();
    }

    @Test
    @DisplayName("PDL-19-1.3: the regulator upholds an appeal with an explanation in kk, ru and en; it is DECIDED and the subject is told")
    void the_regulator_decides_an_appeal_and_the_subject_is_told_PDL_19_1_3() {
        AppealDecided event = appeal.decide(AppealOutcome.UPHELD, WHY, "regulator-7", DECIDED);

        assertThat(appeal.status()).isEqualTo(AppealStatus.DECIDED);
        assertThat(appeal.outcome()).isEqualTo(AppealOutcome.UPHELD);
        assertThat(appeal.explanation()).isEqualTo(WHY);
        assertThat(appeal.decidedBy()).isEqualTo("regulator-7");
        assertThat(appeal.decidedAt()).isEqualTo(DECIDED);
        assertThat(event.type()).isEqualTo(AppealDecided.TYPE);
        assertThat(event.appealId()).isEqualTo(appeal.id());
        assertThat(event.objectionId()).isEqualTo(objection.id());
        assertThat(event.operatorId()).isEqualTo(BANK);
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.outcome()).isEqualTo("UPHELD");
        assertThat(event.explanationKk()).isEqualTo(WHY.kk());
        assertThat(event.explanationRu()).isEqualTo(WHY.ru());
        assertThat(event.explanationEn()).isEqualTo(WHY.en());
        assertThat(event.decidedAt()).isEqualTo(DECIDED);
        assertThat(event.occurredAt()).isEqualTo(DECIDED);
    }

    @Test
    @DisplayName("PDL-19-1.3: an appeal may be dismissed with Kazakh and Russian only; English is a courtesy")
    void an_appeal_may_be_dismissed_without_english_PDL_19_1_3() {
        AppealDecided event = appeal.decide(AppealOutcome.DISMISSED, new LocalizedText("Жауап дұрыс", "Ответ верен", null),
                "regulator-7", DECIDED);

        assertThat(appeal.status()).isEqualTo(AppealStatus.DECIDED);
        assertThat(appeal.outcome()).isEqualTo(AppealOutcome.DISMISSED);
        assertThat(event.outcome()).isEqualTo("DISMISSED");
        assertThat(event.explanationEn()).isNull();
    }

    @Test
    @DisplayName("A decision the subject could not read in Kazakh or Russian is 400 naming each missing text, and the appeal stays PENDING")
    void a_decision_without_kazakh_or_russian_is_refused_and_the_appeal_stays_pending() {
        assertThatThrownBy(() -> appeal.decide(AppealOutcome.UPHELD, new LocalizedText(null, "Прав", "Right"), "regulator-7", DECIDED))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.INVALID);
                    assertThat(e.fields()).extracting(Rejection.Field::name).containsExactly("explanation.kk");
                });
        assertThatThrownBy(() -> appeal.decide(AppealOutcome.UPHELD, null, "regulator-7", DECIDED))
                .isInstanceOfSatisfying(Rejection.class, e ->
                        assertThat(e.fields()).extracting(Rejection.Field::name).containsExactly("explanation.kk", "explanation.ru"));

        assertThat(appeal.status()).isEqualTo(AppealStatus.PENDING);
        assertThat(appeal.outcome()).isNull();
        assertThat(appeal.decidedAt()).isNull();
    }

    @Test
    @DisplayName("A decided appeal cannot be decided again: 409 appeal-already-decided naming when, and the first outcome stands")
    void a_decided_appeal_cannot_be_decided_again() {
        appeal.decide(AppealOutcome.DISMISSED, WHY, "regulator-7", DECIDED);

        assertThatThrownBy(() -> appeal.decide(AppealOutcome.UPHELD, WHY, "regulator-9", DECIDED.plusSeconds(3600)))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.CONFLICT);
                    assertThat(e.slug()).isEqualTo("appeal-already-decided");
                    assertThat(e.detail()).contains(DECIDED.toString());
                });

        assertThat(appeal.outcome()).isEqualTo(AppealOutcome.DISMISSED);
        assertThat(appeal.decidedBy()).isEqualTo("regulator-7");
        assertThat(appeal.decidedAt()).isEqualTo(DECIDED);
    }
}
