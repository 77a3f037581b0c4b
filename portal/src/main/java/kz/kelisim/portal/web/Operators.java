package kz.kelisim.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import kz.kelisim.contracts.operator.OperatorNames;
import kz.kelisim.contracts.operator.Trilingual;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.OperatorProfile;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Names operators and third parties on every page: the name in the page's language with the BIN
 * beside it, by the suite's one rule ({@link OperatorNames}). The directory is read from
 * consent-service once per request, the first time a page names someone. Templates read it as
 * {@code inject:operators}.
 */
@RequestScoped
@Named("operators")
public class Operators {

    private static final Logger LOG = Logger.getLogger(Operators.class);

    private final ConsentApi consents;
    private final PortalContext portal;
    private Map<String, Localized> names;

    public Operators(@RestClient ConsentApi consents, PortalContext portal) {
        this.consents = consents;
        this.portal = portal;
    }

    /** "Demo Bank (BIN 050140001238)", or an unregistered operator with its BIN, in the page's language. */
    public String named(String bin) {
        Localized name = directory().get(bin);
        return OperatorNames.display(bin, name == null ? null : new Trilingual(name.kk(), name.ru(), name.en()), portal.lang());
    }

    private Map<String, Localized> directory() {
        if (names == null) {
            Map<String, Localized> loaded = new HashMap<>();
            try {
                for (OperatorProfile p : consents.operators()) {
                    loaded.put(p.bin(), p.name());
                }
            } catch (RuntimeException e) {
                // The page still shows every BIN, marked unregistered, rather than failing on a name.
                LOG.warnf("The operator directory could not be read: %s", e.getMessage());
            }
            names = loaded;
        }
        return names;
    }
}
