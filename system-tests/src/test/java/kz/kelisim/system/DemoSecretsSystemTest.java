package kz.kelisim.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import kz.kelisim.system.faults.Stack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The repository's demo secrets are public. A fourth consent-service instance, started by the suite's
 * own script on the suite's database and broker but not as a demo, must refuse to run with them.
 */
class DemoSecretsSystemTest {

    static final Map<String, String> NOT_A_DEMO = Map.of("KELISIM_INSTANCE", "4", "KELISIM_DEMO", "false");

    @Test
    @DisplayName("Outside a demo, a service whose pseudonym key is the repository's demo value refuses to start and names the setting")
    void a_service_with_the_demo_pseudonym_key_refuses_to_start() throws IOException {
        try {
            int rc = Stack.tryScript(NOT_A_DEMO, "services.sh", "start", Stack.CONSENT);
            assertThat(rc).as("services.sh start of a service holding a demo secret").isNotZero();
            String log = Files.readString(Stack.state().resolve("logs").resolve(Stack.CONSENT + "-4.log"));
            // The scripts' environment holds every demo secret, so the refusal names each one it finds.
            assertThat(log).contains("Refusing to start: ").contains("kelisim.pseudonym.key")
                    .contains("the demo value committed in the repository");
        } finally {
            Stack.tryScript(NOT_A_DEMO, "services.sh", "stop", Stack.CONSENT);
        }
    }
}
