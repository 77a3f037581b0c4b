package kz.kelisim.consent;

import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.service.ExpiryAnnouncer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scheduled scan is off in the test profile; the test gives the announcer the instant after the
 * consent's term, so no background job holds the row while the test counts.
 */
@QuarkusTest
class ExpiryAnnouncerTest {

    @Inject
    Given given;
    @Inject
    ExpiryAnnouncer announcer;
    @Inject
    EntityManager em;

    @Test
    @DisplayName("PDL-8.5: a consent whose term passed is announced with exactly one ConsentExpired event, however often the scan runs")
    void expiry_is_announced_once() {
        String code = Given.uniqueCode("expiring");
        given.purpose(BANK, code, "P1Y", List.of());
        Instant validUntil = Instant.now().plus(Duration.ofHours(1));
        UUID id = given.consent(BANK, AIGERIM, code, validUntil, null).id();
        Instant after = validUntil.plusSeconds(1);

        drain(validUntil.minusSeconds(1));
        assertThat(expiryEvents(id)).as("events before the term ended").isZero();
        drain(after);
        drain(after);
        assertThat(expiryEvents(id)).isEqualTo(1L);
    }

    /** Runs the scan at {@code at}: it goes on while batches come back full, as the scheduled scan does. */
    private void drain(Instant at) {
        announcer.announceDue(at); // every consent that ended before this test's one is announced too
    }

    private long expiryEvents(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createNativeQuery("""
                        SELECT count(*) FROM outbox_event WHERE event_type = 'kz.kelisim.consent.expired.v1' AND payload LIKE ?1""",
                        Long.class)
                .setParameter(1, "%\"consentId\":\"" + id + "\"%").getSingleResult());
    }
}
