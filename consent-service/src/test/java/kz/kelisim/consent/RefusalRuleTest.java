package kz.kelisim.consent;

import java.time.Instant;
import java.time.LocalDate;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalActKind;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.domain.Rejection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of PDL-8.7 that {@link StopObligation#refuse} decides, without the service around it.
 */
class RefusalRuleTest {

    static final Instant RECEIVED = Instant.parse("2026-11-20T06:00:00Z");
    static final Instant ANSWERED = Instant.parse("2026-11-26T09:00:00Z");
    static final LegalAct ACCOUNTING_LAW = new LegalAct(LegalActKind.LAW, "234-III", LocalDate.of(2007, 2, 28), "17.1");
    static final LocalizedText REASONS = new LocalizedText("Бухгалтерлік құжаттар бес жыл сақталады",
            "Бухгалтерские документы хранятся пять лет", null);

    private StopObligation obligation;
    private TrackedDeadline deadline;

    private StopObligation open() {
        obligation = StopObligation.owe(new Consent(), "120340004562", true, RECEIVED);
        deadline = TrackedDeadline.open(DeadlineKind.STOP_PROCESSING, obligation.partyId(), "ref", obligation.id(), RECEIVED,
                KazakhCalendar.official());
        obligation.track(deadline);
        return obligation;
    }

    @Test
    @DisplayName("PDL-8.7: a refusal must name the legislation that requires keeping the data")
    void refusal_must_name_the_legislation_that_requires_keeping_the_data() {
        assertRefused(null, REASONS, "pdl-8-7-refusal-without-legislation");
        assertRefused(new LegalAct(null, "234-III", LocalDate.of(2007, 2, 28), "17"), REASONS, "pdl-8-7-refusal-without-legislation");
        assertRefused(new LegalAct(LegalActKind.LAW, "234-III", LocalDate.of(2007, 2, 28), " "), REASONS,
                "pdl-8-7-refusal-without-legislation");
        // Naming the legislation comes first: a refusal that does neither is told about the act.
        assertRefused(null, null, "pdl-8-7-refusal-without-legislation");
    }

    @Test
    @DisplayName("PDL-8.7: the refusal says 'legislation', any normative legal act, not 'law'")
    void the_refusal_says_legislation_not_law() {
        assertThatThrownBy(() -> open().refuse(ANSWERED, null, REASONS, deadline))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.title()).contains("legislation").doesNotContainPattern("(?i)\\blaws?\\b");
                    assertThat(e.detail()).contains("legislation").contains("normative legal act")
                            .doesNotContainPattern("(?i)\\blaws?\\b");
                });
    }

    @Test
    @DisplayName("PDL-8.7: a refusal must be reasoned in Kazakh and Russian; English is optional")
    void refusal_must_be_reasoned_in_kazakh_and_russian() {
        assertRefused(ACCOUNTING_LAW, null, "pdl-8-7-refusal-reasons-required");
        assertRefused(ACCOUNTING_LAW, new LocalizedText(null, "Хранится", "Kept"), "pdl-8-7-refusal-reasons-required");
        assertRefused(ACCOUNTING_LAW, new LocalizedText("Сақталады", " ", "Kept"), "pdl-8-7-refusal-reasons-required");
        assertThat(open().refuse(ANSWERED, ACCOUNTING_LAW, REASONS, deadline).reasonEn()).isNull();
    }

    @ParameterizedTest
    @EnumSource(LegalActKind.class)
    @DisplayName("PDL-8.7: a refusal may rest on any kind of normative legal act; it is recorded and announced with the act")
    void refusal_may_rest_on_any_normative_legal_act(LegalActKind kind) {
        LegalAct act = new LegalAct(kind, kind.numbered() ? "12" : null, LocalDate.of(2020, 3, 2), "5");
        StopRefused event = open().refuse(ANSWERED, act, REASONS, deadline);
        assertThat(obligation.status()).isEqualTo(ObligationStatus.REFUSED);
        assertThat(obligation.outcome()).isEqualTo("MET");
        assertThat(obligation.legalAct()).isEqualTo(act);
        assertThat(event.legalAct()).isEqualTo(act);
        assertThat(event.reasonKk()).isEqualTo(REASONS.kk());
        // Consumers written before legalAct still read one text: the English citation.
        assertThat(event.lawReference()).contains("2 March 2020").doesNotContain("null");
    }

    @Test
    @DisplayName("PDL-8.7: the English citation of the act is recorded for readers of the earlier law reference")
    void the_english_citation_is_the_law_reference() {
        StopRefused event = open().refuse(ANSWERED, ACCOUNTING_LAW, REASONS, deadline);
        assertThat(event.lawReference())
                .isEqualTo("Law of the Republic of Kazakhstan No. 234-III of 28 February 2007, Article 17, paragraph 1");
    }

    @Test
    @DisplayName("PDL-8.7: a refused rule records nothing, and an answered obligation cannot be refused again (409)")
    void a_refused_rule_records_nothing_and_an_answer_is_final() {
        assertRefused(null, REASONS, "pdl-8-7-refusal-without-legislation");
        assertThat(obligation.status()).isEqualTo(ObligationStatus.OPEN);
        assertThat(obligation.legalAct()).isNull();
        obligation.refuse(ANSWERED, ACCOUNTING_LAW, REASONS, deadline);
        assertThatThrownBy(() -> obligation.refuse(ANSWERED, ACCOUNTING_LAW, REASONS, deadline))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.CONFLICT);
                    assertThat(e.slug()).isEqualTo("obligation-already-answered");
                });
    }

    private void assertRefused(LegalAct act, LocalizedText reasons, String slug) {
        StopObligation o = open();
        assertThatThrownBy(() -> o.refuse(ANSWERED, act, reasons, deadline))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.RULE);
                    assertThat(e.slug()).isEqualTo(slug);
                });
        assertThat(o.status()).isEqualTo(ObligationStatus.OPEN);
    }
}
