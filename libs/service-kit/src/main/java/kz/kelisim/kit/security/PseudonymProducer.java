package kz.kelisim.kit.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import kz.kelisim.contracts.SubjectPseudonym;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the shared subject pseudonym available to every service from {@code kelisim.pseudonym.key}.
 */
@ApplicationScoped
public class PseudonymProducer {

    @Produces
    @Singleton
    SubjectPseudonym pseudonym(@ConfigProperty(name = "kelisim.pseudonym.key") String key) {
        return new SubjectPseudonym(key);
    }
}
