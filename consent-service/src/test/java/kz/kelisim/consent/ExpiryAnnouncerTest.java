package kz.kelisim.consent;

import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.service.ExpiryAnnouncer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
    void expiry_is_announced_once() throws Exception {
        String code = Given.uniqueCode("expiring");
        given.purpose(BANK, code, null, List.of());
        UUID id = given.consent(BANK, AIGERIM, code, Instant.now().plusMillis(500), null).id();
        Thread.sleep(600);
        announcer.announceDue(Instant.now());
        announcer.announceDue(Instant.now());
        long events = QuarkusTransaction.requiringNew().call(() -> (Long) em.createNativeQuery("""
                        SELECT count(*) FROM outbox_event WHERE event_type = 'kz.kelisim.consent.expired.v1' AND payload LIKE ?1""",
                        Long.class)
                .setParameter(1, "%\"consentId\":\"" + id + "\"%").getSingleResult());
        assertThat(events).isEqualTo(1L);
    }
}
