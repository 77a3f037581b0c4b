package kz.kelisim.kit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void a_create_without_a_key_is_refused_naming_the_header() {
        assertThatThrownBy(() -> IdempotencyKey.require(" "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem().errors()).singleElement()
                            .satisfies(f -> assertThat(f.field()).isEqualTo("Idempotency-Key"));
                });
        assertThatThrownBy(() -> IdempotencyKey.require(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_key_longer_than_200_characters_is_refused() {
        assertThat(IdempotencyKey.require("k".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> IdempotencyKey.require("k".repeat(201)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 200");
    }

    @Test
    void a_new_key_has_nothing_to_replay() {
        assertThat(IdempotencyKey.replayOrRefuse("k", Optional.<String>empty(), s -> false)).isEmpty();
    }

    @Test
    void a_retry_of_the_same_request_replays_what_the_first_recorded() {
        assertThat(IdempotencyKey.replayOrRefuse("k", Optional.of("first"), "first"::equals)).contains("first");
    }

    @Test
    void a_key_reused_for_a_different_request_is_422_idempotency_key_reused() {
        assertThatThrownBy(() -> IdempotencyKey.replayOrRefuse("k", Optional.of("first"), "second"::equals))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.toProblem().type()).endsWith("/idempotency-key-reused");
                });
    }
}
