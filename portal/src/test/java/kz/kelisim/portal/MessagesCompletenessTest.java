package kz.kelisim.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesCompletenessTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    @DisplayName("Languages: every portal text exists in Kazakh, Russian and English, with no stray keys")
    void every_key_exists_in_every_language(String language) throws IOException {
        Set<String> kazakh = Arrays.stream(PortalMessages.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .peek(m -> assertThat(m.getAnnotation(Message.class).value()).as("Kazakh text of %s", m.getName()).isNotBlank())
                .map(Method::getName)
                .collect(Collectors.toSet());
        Properties translated = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/msg_" + language + ".properties")) {
            assertThat(in).as("messages/msg_%s.properties", language).isNotNull();
            translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(translated.stringPropertyNames()).as("keys of msg_%s", language).containsExactlyInAnyOrderElementsOf(kazakh);
        translated.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
    }
}
