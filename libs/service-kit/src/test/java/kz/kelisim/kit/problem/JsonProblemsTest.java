package kz.kelisim.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonProblemsTest {

    enum Channel { PAPER, EMAIL }

    record Category(String name, boolean biometric) {
    }

    record Body(Instant at, Channel channel, UUID id, int count, List<Category> categories, Category category) {
    }

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @ParameterizedTest(name = "{0}")
    @DisplayName("A body of the wrong shape is a 400 naming the field and what is expected there, never a Java type")
    @CsvSource(delimiter = '|', value = {
            "{\"at\": \"yesterday\"}                 | at            | must be an ISO-8601 instant",
            "{\"channel\": \"FAX\"}                   | channel       | must be one of PAPER, EMAIL",
            "{\"id\": \"42\"}                         | id            | must be a UUID",
            "{\"count\": \"many\"}                    | count         | must be a whole number",
            "{\"categories\": \"income\"}             | categories    | must be a JSON array",
            "{\"categories\": [\"income\"]}           | categories[0] | must be a JSON object",
            "{\"category\": {\"biometric\": \"x\"}}   | category.biometric | must be true or false",
            "{\"colour\": \"red\"}                    | colour        | is not a field of this request"})
    void wrong_shapes_name_the_field_and_the_expectation(String body, String field, String expected) {
        InvalidInputException problem = JsonProblems.of(refusal(body));

        assertThat(problem.toProblem().errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).startsWith(expected);
        });
        assertThat(problem.getMessage()).contains(field).doesNotContain("kz.kelisim").doesNotContain("java.")
                .doesNotContain("`");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("Malformed JSON and a body of the wrong kind say so without a Java type")
    @CsvSource(delimiter = '|', value = {"{\"at\": ", "[1, 2]", "\"text\""})
    void malformed_bodies_say_what_is_wrong(String body) {
        InvalidInputException problem = JsonProblems.of(refusal(body));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.getMessage()).startsWith("The body").doesNotContain("kz.kelisim").doesNotContain("java.")
                .doesNotContain("JsonProblemsTest");
    }

    private static JsonProcessingException refusal(String body) {
        JsonProcessingException e = catchThrowableOfType(() -> JSON.readValue(body, Body.class), JsonProcessingException.class);
        assertThat(e).as("the reader refuses " + body).isNotNull();
        return e;
    }
}
