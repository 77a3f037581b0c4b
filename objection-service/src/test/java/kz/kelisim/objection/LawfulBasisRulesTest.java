package kz.kelisim.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import kz.kelisim.contracts.objection.AutomatedDecisionBlocked;
import kz.kelisim.contracts.objection.DecisionRecorded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LawfulBasisRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    static final String BANK = "050140001238";
    static final String REF = "pseudonym";

    static ProcessingActivity published(boolean legalEffect, LegalBasis basis) {
        ProcessingActivity a = ProcessingActivity.draft(Texts.draft(BANK, "scoring", legalEffect, basis, false, "k"), 1, NOW);
        a.publish(NOW);
        return a;
    }

    static RecordDecision command() {
        return new RecordDecision(BANK, "scoring", "851102304561", "refused", NOW, "key");
    }

    static ProjectedConsent consent() {
        return consent(true);
    }

    static ProjectedConsent consent(boolean automatedProcessing) {
        ProjectedConsent c = new ProjectedConsent(UUID.randomUUID(), REF, BANK, "credit-scoring");
        c.granted(NOW.minus(Duration.ofDays(1)), null, automatedProcessing, NOW, NOW);
        return c;
    }

    @Test
    @DisplayName("PDL-19-1.1: a valid consent to a purpose without automated processing does not cover a decision with legal effect")
    void consent_to_a_purpose_without_automated_processing_is_no_basis() {
        LegalBasis basis = new LegalBasis(BasisKind.CONSENT, "credit-scoring", null);
        DecisionOutcome outcome = AutomatedDecision.decide(published(true, basis), command(), REF,
                Optional.of(consent(false)), false, NOW);
        assertThat(outcome).isInstanceOfSatisfying(DecisionOutcome.Blocked.class, blocked -> {
            assertThat(blocked.reason()).isEqualTo(DecisionOutcome.BlockReason.CONSENT_WITHOUT_AUTOMATED_PROCESSING);
            assertThat(blocked.event().reason()).isEqualTo("CONSENT_WITHOUT_AUTOMATED_PROCESSING");
        });
        assertThat(AutomatedDecision.decide(published(false, basis), command(), REF, Optional.of(consent(false)), false, NOW))
                .as("without legal effect the ban does not apply").isInstanceOf(DecisionOutcome.Recorded.class);
        assertThat(AutomatedDecision.decide(published(true, basis), command(), REF, Optional.of(consent(true)), false, NOW))
                .isInstanceOf(DecisionOutcome.Recorded.class);
    }

    @Test
    @DisplayName("PDL-19-1.1: a decision with legal effect on a CONSENT basis without a valid consent is blocked, and the event names no IIN")
    void legal_effect_without_consent_is_blocked() {
        DecisionOutcome outcome = AutomatedDecision.decide(published(true, new LegalBasis(BasisKind.CONSENT, "credit-scoring", null)),
                command(), REF, Optional.empty(), false, NOW);
        assertThat(outcome).isInstanceOf(DecisionOutcome.Blocked.class);
        AutomatedDecisionBlocked event = (AutomatedDecisionBlocked) outcome.event();
        assertThat(event.reason()).isEqualTo("NO_LAWFUL_BASIS");
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.toString()).doesNotContain("851102304561");
    }

    @ParameterizedTest(name = "legal effect: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    @DisplayName("PDL-19-1.1, PDL-19-1.2: a decision dated before its activity was published is blocked, whatever its effect and however valid the consent")
    void decision_dated_before_publication_is_blocked(boolean legalEffect) {
        RecordDecision backdated = new RecordDecision(BANK, "scoring", "851102304561", "refused", NOW.minusSeconds(1), "key");
        DecisionOutcome outcome = AutomatedDecision.decide(published(legalEffect, new LegalBasis(BasisKind.CONSENT, "credit-scoring", null)),
                backdated, REF, Optional.of(consent()), false, NOW);
        assertThat(outcome).isInstanceOf(DecisionOutcome.Blocked.class);
        assertThat(((DecisionOutcome.Blocked) outcome).reason()).isEqualTo(DecisionOutcome.BlockReason.DECIDED_BEFORE_PUBLICATION);
    }

    @Test
    @DisplayName("PDL-19-1.1: with the subject's valid consent the decision is recorded on the CONSENT basis, citing the consent")
    void legal_effect_with_consent_is_recorded() {
        ProjectedConsent consent = consent();
        DecisionOutcome outcome = AutomatedDecision.decide(published(true, new LegalBasis(BasisKind.CONSENT, "credit-scoring", null)),
                command(), REF, Optional.of(consent), false, NOW);
        AutomatedDecision decision = ((DecisionOutcome.Recorded) outcome).decision();
        assertThat(decision.basis()).isEqualTo(DecisionBasis.CONSENT);
        assertThat(decision.consentId()).isEqualTo(consent.consentId());
        assertThat(((DecisionRecorded) outcome.event()).type()).isEqualTo("kz.kelisim.objection.decision-recorded.v1");
    }

    @Test
    @DisplayName("PDL-19-1.1: when a law provides for the processing, no consent is needed")
    void law_basis_needs_no_consent() {
        DecisionOutcome outcome = AutomatedDecision.decide(published(true, new LegalBasis(BasisKind.LAW, null, "Tax Code art. 24")),
                command(), REF, Optional.empty(), false, NOW);
        assertThat(((DecisionOutcome.Recorded) outcome).decision().basis()).isEqualTo(DecisionBasis.LAW);
        assertThat(((DecisionOutcome.Recorded) outcome).decision().lawReference()).isEqualTo("Tax Code art. 24");
    }

    @Test
    @DisplayName("PDL-19-1.1: a decision without legal effect is outside the ban and is recorded as NONE_NEEDED")
    void no_legal_effect_is_outside_the_ban() {
        DecisionOutcome outcome = AutomatedDecision.decide(published(false, new LegalBasis(BasisKind.CONSENT, "credit-scoring", null)),
                command(), REF, Optional.empty(), false, NOW);
        assertThat(((DecisionOutcome.Recorded) outcome).decision().basis()).isEqualTo(DecisionBasis.NONE_NEEDED);
    }

    @Test
    @DisplayName("PDL-19-1.2: while the subject's request to stop stands, even a consented decision with legal effect is blocked")
    void stop_request_blocks_decisions_with_legal_effect() {
        DecisionOutcome outcome = AutomatedDecision.decide(published(true, new LegalBasis(BasisKind.LAW, null, "law")),
                command(), REF, Optional.of(consent()), true, NOW);
        assertThat(((DecisionOutcome.Blocked) outcome).reason()).isEqualTo(DecisionOutcome.BlockReason.OBJECTION_PENDING);
    }

    static Stream<Arguments> consentMoments() {
        Instant granted = NOW.minus(Duration.ofDays(10));
        return Stream.of(
                Arguments.of("before the grant", granted, null, null, granted.minusSeconds(1), false),
                Arguments.of("at the grant", granted, null, null, granted, true),
                Arguments.of("within the term", granted, NOW, null, NOW.minusSeconds(1), true),
                Arguments.of("at the end of the term", granted, NOW, null, NOW, false),
                Arguments.of("before the revocation", granted, null, NOW, NOW.minusSeconds(1), true),
                Arguments.of("at the revocation", granted, null, NOW, NOW, false),
                Arguments.of("after the revocation", granted, null, NOW, NOW.plusSeconds(3600), false));
    }

    @ParameterizedTest(name = "{0}: valid={5}")
    @MethodSource("consentMoments")
    @DisplayName("PDL-19-1.1, PDL-8.7: a consent covers a decision's moment only between its grant and its end or revocation")
    void consent_validity_at_the_moment_of_decision(String when, Instant grantedAt, Instant validUntil, Instant endedAt,
                                                    Instant decidedAt, boolean valid) {
        ProjectedConsent c = new ProjectedConsent(UUID.randomUUID(), REF, BANK, "p");
        c.granted(grantedAt, validUntil, true, grantedAt, grantedAt);
        if (endedAt != null) {
            c.ended(endedAt, "REVOKED", endedAt, endedAt);
        }
        assertThat(c.validAt(decidedAt)).isEqualTo(valid);
    }
}
