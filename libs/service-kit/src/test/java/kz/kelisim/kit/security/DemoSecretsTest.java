package kz.kelisim.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoSecretsTest {

    @Test
    @DisplayName("A secret that still holds the repository's demo value is named; one set by the deployment is not")
    void demo_values_are_named() {
        Map<String, String> deployed = Map.of("kelisim.pseudonym.key", "local-pseudonym-key-change-me",
                "kelisim.breach.encryption-key", "c2VjcmV0LW9mLXRoaXMtZGVwbG95bWVudC0zMmJ5dGU=");
        assertThat(DemoSecrets.demoSettings(deployed::get)).containsExactly("kelisim.pseudonym.key");
        assertThat(DemoSecrets.demoSettings(Map.of("kelisim.pseudonym.key", "own")::get)).isEmpty();
        assertThat(DemoSecrets.demoSettings(Map.<String, String>of()::get)).isEmpty();
    }
}
