package kz.kelisim.kit.security;

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
 * Refuses to start a service whose secrets are the demo values committed in this repository, outside
 * the dev and test profiles, unless the deployment says it is a demo ({@code kelisim.demo=true}, as the
 * local suite's scripts and the local Kubernetes overlay do). Anyone can read the demo pseudonym key and
 * reverse every pseudonym with it, decrypt the stored breach lists with the demo breach key, or sign a
 * rewritten audit log with the demo tree-head key.
 */
@ApplicationScoped
public class DemoSecrets {

    /** Each secret a deployment sets for itself, and the demo value this repository commits for it. */
    static final Map<String, String> DEMO_VALUES = Map.of(
            "kelisim.pseudonym.key", "local-pseudonym-key-change-me",
            "kelisim.breach.encryption-key", "bG9jYWwtYnJlYWNoLWtleS1jaGFuZ2UtbWUtMzJieXQ=",
            "kelisim.audit.signing.private-key", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+8z/d3CmyHf5DVnkNKcxSgumD"
                    + "QWQWt1c4dPlj8vPx92hRANCAARGhCL/JyrY1Gr5JXp6YE6xUWWj7N/T39gd/aji5Bx1qDGpyeOOQF0NSEEZHg4BAIpve7z3HmnJ6MmqePloDoMk");

    void check(@Observes StartupEvent started, Config config) {
        if (LaunchMode.current().isDevOrTest() || config.getOptionalValue("kelisim.demo", Boolean.class).orElse(false)) {
            return;
        }
        List<String> demo = demoSettings(name -> config.getOptionalValue(name, String.class).orElse(null));
        if (!demo.isEmpty()) {
            String settings = String.join(", ", demo) + (demo.size() == 1 ? " still holds" : " still hold");
            throw new IllegalStateException("Refusing to start: " + settings + " the demo value "
                    + "committed in the repository. Set each to a secret of this deployment's own (the environment variable "
                    + "is the setting in upper case with '.' and '-' as '_', such as KELISIM_PSEUDONYM_KEY), or set "
                    + "KELISIM_DEMO=true for a demonstration.");
        }
    }

    /** The settings, in a stable order, whose value is their demo value. */
    static List<String> demoSettings(Function<String, String> value) {
        return DEMO_VALUES.entrySet().stream().filter(e -> Objects.equals(value.apply(e.getKey()), e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
