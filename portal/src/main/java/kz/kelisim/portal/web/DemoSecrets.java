package kz.kelisim.portal.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start the portal while its secrets are the demo values committed in this repository,
 * outside the dev and test profiles, unless the deployment says it is a demo ({@code kelisim.demo=true}).
 * With the demo cookie secret anyone could forge a session cookie. The services have the same guard in
 * the service kit; the portal does not use the kit.
 */
@ApplicationScoped
public class DemoSecrets {

    /** Each secret a deployment sets for itself, and the demo value this repository commits for it. */
    static final Map<String, String> DEMO_VALUES = Map.of(
            "quarkus.oidc.credentials.secret", "portal-secret",
            "quarkus.oidc.authentication.state-secret", "local-portal-state-secret-change-me-0123456789",
            "quarkus.oidc.token-state-manager.encryption-secret", "local-portal-cookie-secret-change-me-0123456789",
            "quarkus.rest-csrf.token-signature-key", "local-portal-csrf-key-change-me-0123456789abcdef");

    void check(@Observes StartupEvent started, Config config) {
        if (LaunchMode.current().isDevOrTest() || config.getOptionalValue("kelisim.demo", Boolean.class).orElse(false)) {
            return;
        }
        List<String> demo = demoSettings(name -> config.getOptionalValue(name, String.class).orElse(null));
        if (!demo.isEmpty()) {
            String settings = String.join(", ", demo) + (demo.size() == 1 ? " still holds" : " still hold");
            throw new IllegalStateException("Refusing to start: " + settings + " the demo value "
                    + "committed in the repository. Set each to a secret of this deployment's own, or set "
                    + "KELISIM_DEMO=true for a demonstration.");
        }
    }

    /** The settings, in a stable order, whose value is their demo value. */
    static List<String> demoSettings(Function<String, String> value) {
        return DEMO_VALUES.entrySet().stream().filter(e -> Objects.equals(value.apply(e.getKey()), e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
