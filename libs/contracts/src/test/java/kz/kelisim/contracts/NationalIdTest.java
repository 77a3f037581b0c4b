package kz.kelisim.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"900515401230", "851102304561", "050140001238", "120340004562"})
    @DisplayName("ID-1: numbers whose last digit is the weighted check digit are valid")
    void valid_numbers_pass_the_check_digit(String value) {
        assertThat(NationalId.isValid(value)).isTrue();
        assertThat(NationalId.problemWith(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"900515401231", "851102304560", "050140001230"})
    @DisplayName("ID-1: a wrong check digit is refused")
    void wrong_check_digit_is_refused(String value) {
        assertThat(NationalId.isValid(value)).isFalse();
        assertThat(NationalId.problemWith(value)).contains("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90051540123", "9005154012300", "90051540123a", "９００５１５４０１２３０"})
    @DisplayName("ID-1: anything but 12 ASCII digits is refused")
    void malformed_values_are_refused(String value) {
        assertThat(NationalId.isValid(value)).isFalse();
        assertThat(NationalId.problemWith(value)).isNotNull();
    }

    @Test
    @DisplayName("ID-1: when the first remainder is 10 the second weights decide")
    void second_weights_apply_when_first_remainder_is_ten() {
        // Only digit 10 is set: the first weights give 10, the second weights give 1, so the check digit is 1.
        assertThat(NationalId.isValid("000000000101")).isTrue();
        assertThat(NationalId.isValid("000000000100")).isFalse();
    }

    @Test
    @DisplayName("ID-1: a prefix whose both remainders are 10 has no valid number")
    void prefix_with_two_remainders_of_ten_is_never_valid() {
        String prefix = findPrefixWithTwoTens();
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(NationalId.isValid(prefix + digit)).isFalse();
        }
    }

    private static String findPrefixWithTwoTens() {
        int[] first = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        int[] second = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        for (long n = 0; n < 100_000_000_000L; n += 7919) {
            String p = String.format("%011d", n);
            if (sum(p, first) % 11 == 10 && sum(p, second) % 11 == 10) {
                return p;
            }
        }
        throw new AssertionError("no prefix found");
    }

    private static int sum(String p, int[] w) {
        int s = 0;
        for (int i = 0; i < 11; i++) {
            s += (p.charAt(i) - '0') * w[i];
        }
        return s;
    }
}
