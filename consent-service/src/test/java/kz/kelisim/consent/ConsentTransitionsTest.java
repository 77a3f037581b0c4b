package kz.kelisim.consent;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.domain.Rejection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every transition of {@link Consent}, decided by the entity alone: grant under a purpose's term, revoke,
 * achieve the purpose, announce the expiry, and the refusals of each.
 */
class ConsentTransitionsTest {

    static final String BANK = "050140001238";
    static final String TELECOM = "120340004562";
    static final String INSURER = "100140011059";
    static final String AIGERIM = "900515401230";
    static final String DANIYAR = "851102304561";
    static final String REF = "aigerim-pseudonym";

    /** Thursday 15 January 2026, 11:00 in Almaty. */
    static final Instant GRANTED = Instant.parse("2026-01-15T06:00:00Z");
    /** Tuesday 20 October 2026, 11:00 in Almaty: 15 working days later is Wednesday 11 November (Republic Day moved to 26 October). */
    static final Instant REVOKED = Instant.parse("2026-10-20T06:00:00Z");
    static final Instant STOP_DUE = Instant.parse("2026-11-11T19:00:00Z");

    static final TermBasis CONTRACT = new TermBasis(LegalBasis.CONTRACT, "Loan agreement No. 17 of 15 January 2026, clause 9");

    // --- grant ---------------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-8.5: a consent given without a term under a purpose with a maximum is capped at that maximum and announced with it")
    void a_consent_without_a_term_is_capped_at_the_purpose_maximum_PDL_8_5() {
        Consent.Granted granted = Consent.grant(command("loan-scoring", null, null, null), purpose("loan-scoring", "P1Y"), REF, GRANTED);

        Consent consent = granted.consent();
        assertThat(consent.validUntil()).isEqualTo(Instant.parse("2027-01-15T06:00:00Z"));
        assertThat(consent.termCapped()).isTrue();
        assertThat(consent.statusAt(GRANTED)).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(consent.grantedAt()).isEqualTo(GRANTED);
        assertThat(consent.endedAt()).isNull();

        ConsentGranted event = granted.event();
        assertThat(event.type()).isEqualTo(ConsentGranted.TYPE);
        assertThat(event.consentId()).isEqualTo(consent.id());
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.operatorId()).isEqualTo(BANK);
        assertThat(event.purposeCode()).isEqualTo("loan-scoring");
        assertThat(event.occurredAt()).isEqualTo(GRANTED);
        assertThat(event.validUntil()).isEqualTo(Instant.parse("2027-01-15T06:00:00Z"));
    }

    @Test
    @DisplayName("PDL-8.5: the purpose's maximum is counted in Kazakhstan's calendar months: one month from 31 January ends on 28 February")
    void the_maximum_is_counted_in_calendar_months_PDL_8_5() {
        Instant lastOfJanuary = Instant.parse("2026-01-31T10:00:00Z");
        Consent consent = Consent.grant(command("loan-scoring", null, null, null), purpose("loan-scoring", "P1M"), REF, lastOfJanuary)
                .consent();

        assertThat(consent.validUntil()).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
    }

    @Test
    @DisplayName("PDL-8.5: a term within the purpose's maximum, up to the maximum itself, is kept as given and not marked capped")
    void a_term_up_to_the_purpose_maximum_is_kept_PDL_8_5() {
        Purpose purpose = purpose("loan-scoring", "P1Y");
        Instant halfYear = Instant.parse("2026-07-15T19:00:00Z");
        Instant maximum = Instant.parse("2027-01-15T06:00:00Z");

        Consent shorter = Consent.grant(command("loan-scoring", halfYear, null, null), purpose, REF, GRANTED).consent();
        Consent longest = Consent.grant(command("loan-scoring", maximum, null, null), purpose, REF, GRANTED).consent();

        assertThat(shorter.validUntil()).isEqualTo(halfYear);
        assertThat(shorter.termCapped()).isFalse();
        assertThat(longest.validUntil()).isEqualTo(maximum);
        assertThat(longest.termCapped()).isFalse();
    }

    @Test
    @DisplayName("PDL-8.5: without a law or contract basis, a term one second beyond the purpose's maximum is refused, naming the maximum")
    void a_term_beyond_the_purpose_maximum_is_refused_PDL_8_5() {
        assertThatThrownBy(() -> Consent.grant(command("loan-scoring", Instant.parse("2027-01-15T06:00:01Z"), null, null),
                purpose("loan-scoring", "P1Y"), REF, GRANTED))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.RULE);
                    assertThat(e.slug()).isEqualTo("pdl-8-5-term-exceeds-purpose");
                    assertThat(e.detail()).contains("P1Y").contains("2027-01-15T06:00:00Z");
                });
    }

    @Test
    @DisplayName("PDL-8.5: a law or contract basis allows a term beyond the purpose's maximum, kept with its basis")
    void a_law_or_contract_basis_allows_a_term_beyond_the_maximum_PDL_8_5() {
        Instant threeYears = Instant.parse("2029-01-15T06:00:00Z");
        Consent consent = Consent.grant(command("loan-scoring", threeYears, CONTRACT, null), purpose("loan-scoring", "P1Y"), REF, GRANTED)
                .consent();

        assertThat(consent.validUntil()).isEqualTo(threeYears);
        assertThat(consent.termCapped()).isFalse();
        assertThat(consent.termBasis()).isEqualTo(CONTRACT);
        assertThat(consent.statusAt(Instant.parse("2028-06-01T00:00:00Z"))).isEqualTo(ConsentStatus.ACTIVE);
    }

    @Test
    @DisplayName("PDL-8.5: a law or contract basis given without a term sets none, so the consent is capped at the purpose's maximum")
    void a_basis_without_a_term_is_capped_at_the_purpose_maximum_PDL_8_5() {
        Consent consent = Consent.grant(command("loan-scoring", null, CONTRACT, null), purpose("loan-scoring", "P1Y"), REF, GRANTED)
                .consent();

        assertThat(consent.validUntil()).isEqualTo(GRANTED.atZone(KazakhTime.ZONE).plusYears(1).toInstant());
        assertThat(consent.termCapped()).isTrue();
    }

    @Test
    @DisplayName("PDL-8.6: under a purpose that lasts until it is achieved, a consent without a term has none and stays active")
    void a_consent_without_a_term_lasts_until_the_purpose_is_achieved_PDL_8_6() {
        Consent.Granted granted = Consent.grant(command("account-service", null, null, null), purpose("account-service", null), REF, GRANTED);

        assertThat(granted.consent().validUntil()).isNull();
        assertThat(granted.consent().termCapped()).isFalse();
        assertThat(granted.event().validUntil()).isNull();
        assertThat(granted.consent().statusAt(Instant.parse("2040-01-01T00:00:00Z"))).isEqualTo(ConsentStatus.ACTIVE);
    }

    @Test
    @DisplayName("PDL-8.5, PDL-8.6: under a purpose that lasts until it is achieved, a fixed term without a law or contract basis is refused")
    void a_fixed_term_under_a_purpose_until_achieved_needs_a_basis_PDL_8_5_PDL_8_6() {
        assertThatThrownBy(() -> Consent.grant(command("account-service", Instant.parse("2026-06-30T19:00:00Z"), null, null),
                purpose("account-service", null), REF, GRANTED))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Rejection.Kind.RULE);
                    assertThat(e.slug()).isEqualTo("pdl-8-5-term-without-basis");
                });
    }

    @Test
    @DisplayName("PDL-8.5: under a purpose that lasts until it is achieved, a fixed term set by a law or contract is kept")
    void a_fixed_term_with_a_basis_is_kept_under_a_purpose_until_achieved_PDL_8_5() {
        Instant end = Instant.parse("2026-06-30T19:00:00Z");
        Consent consent = Consent.grant(command("account-service", end, CONTRACT, null), purpose("account-service", null), REF, GRANTED)
                .consent();

        assertThat(consent.validUntil()).isEqualTo(end);
        assertThat(consent.termCapped()).isFalse();
    }

    @Test
    @DisplayName("PDL-8.5: a consent is ACTIVE until the last instant before validUntil and EXPIRED from validUntil on, with no scan")
    void a_consent_is_expired_from_valid_until_on_PDL_8_5() {
        Consent consent = granted("P1Y");

        assertThat(consent.statusAt(consent.validUntil().minusNanos(1))).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(consent.statusAt(consent.validUntil())).isEqualTo(ConsentStatus.EXPIRED);
    }

    // --- revoke --------------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-8.7: a revocation ends the consent and owes the operator and each third-party recipient its own open stop obligation")
    void a_revocation_owes_the_operator_and_each_third_party_a_stop_PDL_8_7() {
        Consent consent = granted("P1Y");

        List<StopObligation> owed = consent.revoke(AIGERIM, REVOKED, List.of(TELECOM, INSURER));

        assertThat(consent.statusAt(REVOKED)).isEqualTo(ConsentStatus.REVOKED);
        assertThat(consent.endedAt()).isEqualTo(REVOKED);
        assertThat(consent.revokedByRepresentative()).isFalse();
        assertThat(owed).extracting(StopObligation::partyId, StopObligation::thirdParty, StopObligation::status)
                .containsExactly(tuple(BANK, false, ObligationStatus.OPEN), tuple(TELECOM, true, ObligationStatus.OPEN),
                        tuple(INSURER, true, ObligationStatus.OPEN));
        assertThat(owed).allSatisfy(o -> {
            assertThat(o.consentId()).isEqualTo(consent.id());
            assertThat(o.operatorId()).isEqualTo(BANK);
            assertThat(o.subjectRef()).isEqualTo(REF);
            assertThat(o.purposeCode()).isEqualTo("loan-scoring");
            assertThat(o.receivedAt()).isEqualTo(REVOKED);
        });
    }

    @Test
    @DisplayName("PDL-8.7: a party listed twice, or the operator listed as a recipient, owes one stop, not two")
    void a_party_listed_twice_owes_one_stop_PDL_8_7() {
        List<StopObligation> owed = granted("P1Y").revoke(AIGERIM, REVOKED, List.of(TELECOM, BANK, TELECOM));

        assertThat(owed).extracting(StopObligation::partyId, StopObligation::thirdParty)
                .containsExactly(tuple(BANK, false), tuple(TELECOM, true));
    }

    @Test
    @DisplayName("PDL-8.7: a revocation owes each third party a stop within 15 working days, and ConsentRevoked announces each due moment")
    void a_revocation_owes_each_third_party_a_stop_within_15_working_days_PDL_8_7() {
        Consent consent = granted("P1Y");
        List<StopObligation> owed = consent.revoke(AIGERIM, REVOKED, List.of(TELECOM));
        // As RevocationService does: one deadline per obligation, opened at the receipt.
        for (StopObligation o : owed) {
            o.track(TrackedDeadline.open(DeadlineKind.STOP_PROCESSING, o.partyId(), o.subjectRef(), o.id(), o.receivedAt(),
                    KazakhCalendar.official()));
        }

        ConsentRevoked event = consent.revoked(owed);

        assertThat(owed).extracting(StopObligation::dueAt).containsOnly(STOP_DUE);
        assertThat(event.type()).isEqualTo(ConsentRevoked.TYPE);
        assertThat(event.consentId()).isEqualTo(consent.id());
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.operatorId()).isEqualTo(BANK);
        assertThat(event.purposeCode()).isEqualTo("loan-scoring");
        assertThat(event.receivedAt()).isEqualTo(REVOKED);
        assertThat(event.occurredAt()).isEqualTo(REVOKED);
        assertThat(event.byRepresentative()).isFalse();
        assertThat(event.obligations()).extracting(ConsentRevoked.Obligation::obligationId, ConsentRevoked.Obligation::partyId,
                        ConsentRevoked.Obligation::thirdParty, ConsentRevoked.Obligation::dueAt)
                .containsExactly(tuple(owed.get(0).id(), BANK, false, STOP_DUE), tuple(owed.get(1).id(), TELECOM, true, STOP_DUE));
    }

    @Test
    @DisplayName("PDL-8.7: the legal representative who gave the consent may revoke it, and the revocation says it was theirs")
    void the_legal_representative_may_revoke_and_is_named_as_the_revoker_PDL_8_7() {
        Representative parent = new Representative(DANIYAR, "PARENT", "Birth certificate No. 0012345");
        Consent consent = Consent.grant(command("loan-scoring", null, null, parent), purpose("loan-scoring", "P1Y"), REF, GRANTED)
                .consent();

        assertThat(consent.revocableBy(AIGERIM)).isTrue();
        assertThat(consent.revocableBy(DANIYAR)).isTrue();
        assertThat(consent.revocableBy("870412300415")).isFalse();

        List<StopObligation> owed = consent.revoke(DANIYAR, REVOKED, List.of());

        assertThat(consent.revokedByRepresentative()).isTrue();
        assertThat(consent.revoked(owed).byRepresentative()).isTrue();
        assertThat(owed).extracting(StopObligation::subjectIin).containsExactly(AIGERIM);
    }

    @Test
    @DisplayName("Only the subject may revoke a consent given without a representative")
    void without_a_representative_only_the_subject_may_revoke() {
        Consent consent = granted("P1Y");

        assertThat(consent.revocableBy(AIGERIM)).isTrue();
        assertThat(consent.revocableBy(DANIYAR)).isFalse();
    }

    // --- purpose achieved ------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-8.6: the operator declaring the purpose achieved ends the consent and announces ConsentEnded PURPOSE_ACHIEVED")
    void achieving_the_purpose_ends_the_consent_PDL_8_6() {
        Consent consent = granted(null);
        Instant achieved = Instant.parse("2026-04-01T07:00:00Z");

        ConsentEnded event = consent.achievePurpose(achieved);

        assertThat(consent.statusAt(achieved)).isEqualTo(ConsentStatus.PURPOSE_ACHIEVED);
        assertThat(consent.statusAt(Instant.parse("2040-01-01T00:00:00Z"))).isEqualTo(ConsentStatus.PURPOSE_ACHIEVED);
        assertThat(consent.endedAt()).isEqualTo(achieved);
        assertThat(event.reason()).isEqualTo(ConsentEnded.Reason.PURPOSE_ACHIEVED);
        assertThat(event.type()).isEqualTo(ConsentEnded.ENDED_TYPE);
        assertThat(event.consentId()).isEqualTo(consent.id());
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.operatorId()).isEqualTo(BANK);
        assertThat(event.purposeCode()).isEqualTo("loan-scoring");
        assertThat(event.occurredAt()).isEqualTo(achieved);
    }

    // --- expiry announcement ---------------------------------------------------------------------

    @Test
    @DisplayName("PDL-8.5: a consent whose term passed is announced with ConsentExpired, and marked announced so the scan skips it after")
    void an_expired_consent_is_announced_and_marked_announced_PDL_8_5() {
        Consent consent = granted("P1Y");
        Instant scan = consent.validUntil().plusSeconds(5);
        assertThat(consent.expiryAnnouncedAt()).isNull();

        ConsentEnded event = consent.announceExpiry(scan);

        assertThat(event.reason()).isEqualTo(ConsentEnded.Reason.EXPIRED);
        assertThat(event.type()).isEqualTo(ConsentEnded.EXPIRED_TYPE);
        assertThat(event.consentId()).isEqualTo(consent.id());
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.operatorId()).isEqualTo(BANK);
        assertThat(event.occurredAt()).isEqualTo(scan);
        // ExpiryAnnouncer's query (ConsentRepository.lockExpiredUnannounced) takes only consents without this mark.
        assertThat(consent.expiryAnnouncedAt()).isEqualTo(scan);
        assertThat(consent.statusAt(scan)).isEqualTo(ConsentStatus.EXPIRED);
    }

    // --- no change to a consent that is not active ------------------------------------------------

    @Test
    @DisplayName("A revoked consent can be neither revoked again nor ended: 409 consent-not-active, and it stays as revoked")
    void a_revoked_consent_accepts_no_further_change() {
        Consent consent = granted("P1Y");
        consent.revoke(AIGERIM, REVOKED, List.of(TELECOM));
        Instant later = REVOKED.plusSeconds(60);

        assertNotActive(() -> consent.revoke(AIGERIM, later, List.of(TELECOM)), "REVOKED");
        assertNotActive(() -> consent.achievePurpose(later), "REVOKED");
        assertThat(consent.statusAt(later)).isEqualTo(ConsentStatus.REVOKED);
        assertThat(consent.endedAt()).isEqualTo(REVOKED);
    }

    @Test
    @DisplayName("A consent whose purpose was achieved can be neither revoked nor ended again: 409 consent-not-active")
    void an_achieved_consent_accepts_no_further_change() {
        Consent consent = granted(null);
        Instant achieved = Instant.parse("2026-04-01T07:00:00Z");
        consent.achievePurpose(achieved);
        Instant later = achieved.plusSeconds(60);

        assertNotActive(() -> consent.revoke(AIGERIM, later, List.of()), "PURPOSE_ACHIEVED");
        assertNotActive(() -> consent.achievePurpose(later), "PURPOSE_ACHIEVED");
        assertThat(consent.statusAt(later)).isEqualTo(ConsentStatus.PURPOSE_ACHIEVED);
        assertThat(consent.endedAt()).isEqualTo(achieved);
    }

    @Test
    @DisplayName("PDL-8.5: a consent whose term passed can be neither revoked nor ended, even before its expiry was announced: 409")
    void an_expired_consent_accepts_no_further_change_PDL_8_5() {
        Consent consent = granted("P1Y");
        Instant atExpiry = consent.validUntil();

        assertNotActive(() -> consent.revoke(AIGERIM, atExpiry, List.of(TELECOM)), "EXPIRED");
        assertNotActive(() -> consent.achievePurpose(atExpiry), "EXPIRED");
        assertThat(consent.statusAt(atExpiry)).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(consent.endedAt()).isNull();
        assertThat(consent.revokedByRepresentative()).isFalse();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void assertNotActive(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String status) {
        Consumer<Rejection> conflict = e -> {
            assertThat(e.kind()).isEqualTo(Rejection.Kind.CONFLICT);
            assertThat(e.slug()).isEqualTo("consent-not-active");
            assertThat(e.detail()).contains(" is " + status + " ");
        };
        assertThatThrownBy(change).isInstanceOfSatisfying(Rejection.class, conflict);
    }

    /** Aigerim's consent to the bank's loan scoring, granted at {@link #GRANTED} under a purpose of the given maximum. */
    private static Consent granted(String maxValidity) {
        return Consent.grant(command("loan-scoring", null, null, null), purpose("loan-scoring", maxValidity), REF, GRANTED).consent();
    }

    private static Purpose purpose(String code, String maxValidity) {
        return Purpose.register(BANK, code, Given.definition(maxValidity, List.of(TELECOM)), 1, GRANTED.minusSeconds(3600));
    }

    private static GrantConsent command(String code, Instant validUntil, TermBasis basis, Representative representative) {
        return new GrantConsent(BANK, AIGERIM, code, validUntil, basis, representative,
                new Evidence("web", "v1", "kk", GRANTED.minusSeconds(60), "checkbox"), "key-" + code);
    }
}
