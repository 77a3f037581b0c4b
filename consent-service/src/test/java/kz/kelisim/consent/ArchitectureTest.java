package kz.kelisim.consent;

import kz.kelisim.testkit.ServiceBoundaries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** consent-service's boundaries (see {@link ServiceBoundaries}), checked on its compiled classes without Quarkus. */
class ArchitectureTest {

    private static final ServiceBoundaries BOUNDARIES = ServiceBoundaries.of("kz.kelisim.consent");

    @Test
    @DisplayName("consent-service never depends on another service's or the portal's code")
    void services_never_import_each_other() {
        BOUNDARIES.servicesNeverImportEachOther();
    }

    @Test
    @DisplayName("consent-service's domain (the root package) never depends on REST resources or the HTTP API")
    void domain_knows_no_rest() {
        BOUNDARIES.domainKnowsNoRest();
    }

    @Test
    @DisplayName("consent-service's REST resources never use the EntityManager: they reach the database through services and repositories")
    void rest_never_uses_the_entity_manager() {
        BOUNDARIES.restNeverUsesTheEntityManager();
    }
}
