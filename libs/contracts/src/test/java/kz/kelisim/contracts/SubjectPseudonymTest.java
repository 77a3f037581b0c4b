package kz.kelisim.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectPseudonymTest {

    private final SubjectPseudonym pseudonym = new SubjectPseudonym("a-test-key-of-enough-length");

    @Test
    void same_iin_gives_the_same_pseudonym_and_never_contains_the_iin() {
        String ref = pseudonym.of("900515401230");
        assertThat(ref).isEqualTo(pseudonym.of("900515401230")).hasSize(64).doesNotContain("900515401230");
        assertThat(ref).isNotEqualTo(pseudonym.of("851102304561"));
    }

    @Test
    void another_key_gives_another_pseudonym() {
        assertThat(new SubjectPseudonym("another-key-of-enough-length").of("900515401230"))
                .isNotEqualTo(pseudonym.of("900515401230"));
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new SubjectPseudonym("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
