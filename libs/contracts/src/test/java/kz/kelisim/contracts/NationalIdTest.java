package kz.kelisim.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    // ------------------------------------------------------------------ check digit

    @ParameterizedTest
    @ValueSource(strings = {"900515401230", "851102304561", "880502400037"})
    @DisplayName("ID-1: IINs whose last digit is the weighted check digit are valid")
    void valid_iins_pass(String value) {
        assertThat(NationalId.isIin(value)).isTrue();
        assertThat(NationalId.iinProblem(value)).isNull();
        assertThat(NationalId.isValid(value)).isTrue();
        assertThat(NationalId.problemWith(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"050140001238", "120340004562", "980840001237", "070340005678"})
    @DisplayName("ID-1: BINs whose last digit is the weighted check digit are valid")
    void valid_bins_pass(String value) {
        assertThat(NationalId.isBin(value)).isTrue();
        assertThat(NationalId.binProblem(value)).isNull();
        assertThat(NationalId.isValid(value)).isTrue();
        assertThat(NationalId.problemWith(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"900515401231", "851102304560", "851102304562"})
    @DisplayName("ID-1: an IIN with a wrong check digit is refused")
    void iin_with_wrong_check_digit_is_refused(String value) {
        assertThat(NationalId.isIin(value)).isFalse();
        assertThat(NationalId.iinProblem(value)).isEqualTo("must be an IIN: it has a wrong check digit (ID-1)");
        assertThat(NationalId.problemWith(value)).contains("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"050140001230", "120340004561", "120240012345"})
    @DisplayName("ID-1: a BIN with a wrong check digit is refused")
    void bin_with_wrong_check_digit_is_refused(String value) {
        assertThat(NationalId.isBin(value)).isFalse();
        assertThat(NationalId.binProblem(value)).isEqualTo("must be a BIN: it has a wrong check digit (ID-1)");
        assertThat(NationalId.problemWith(value)).contains("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "90051540123", "9005154012300", "90051540123a", "９００５１５４０１２３０"})
    @DisplayName("ID-1: anything but 12 ASCII digits is refused as an IIN and as a BIN")
    void anything_but_twelve_digits_is_refused(String value) {
        assertThat(NationalId.isValid(value)).isFalse();
        assertThat(NationalId.iinProblem(value)).isIn("is required", "must be exactly 12 digits");
        assertThat(NationalId.binProblem(value)).isIn("is required", "must be exactly 12 digits");
        assertThat(NationalId.problemWith(value)).isIn("is required", "must be exactly 12 digits");
        assertThat(NationalId.iinProblem(null)).isEqualTo("is required");
    }

    @Test
    @DisplayName("ID-1: when the first remainder is 10 the second weights decide")
    void second_weights_apply_when_first_remainder_is_ten() {
        // The first weights leave 10 for both prefixes; the second weights give 2 and 1.
        assertThat(NationalId.isIin("900515400502")).isTrue();
        assertThat(NationalId.isIin("900515400500")).isFalse();
        assertThat(NationalId.isBin("050140000201")).isTrue();
        assertThat(NationalId.isBin("050140000200")).isFalse();
    }

    @Test
    @DisplayName("ID-1: a prefix whose both remainders are 10 has no valid number")
    void prefix_with_two_remainders_of_ten_is_never_valid() {
        String prefix = findPrefixWithTwoTens("9005154");
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(NationalId.isValid(prefix + digit)).isFalse();
            assertThat(NationalId.iinProblem(prefix + digit)).contains("check digit");
        }
    }

    // ------------------------------------------------------------------ IIN: birth date, century and sex

    @ParameterizedTest
    @ValueSource(strings = {"300230300003", "901301300007", "900500400002", "900532400007", "900431300001", "000000000000"})
    @DisplayName("ID-1: an IIN whose first six digits are not a date is refused")
    void iin_whose_first_six_digits_are_not_a_date_is_refused(String value) {
        assertThat(NationalId.isIin(value)).isFalse();
        assertThat(NationalId.iinProblem(value)).isEqualTo("must be an IIN: its first six digits must be a birth date YYMMDD"
                + " that exists in the century its seventh digit names (ID-1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"900515000009", "900515700003", "900515800000", "900515900006"})
    @DisplayName("ID-1: an IIN whose seventh digit is not a century and sex code 1-6 is refused")
    void iin_whose_seventh_digit_is_not_a_century_and_sex_code_is_refused(String value) {
        assertThat(NationalId.isIin(value)).isFalse();
        assertThat(NationalId.iinProblem(value))
                .isEqualTo("must be an IIN: its seventh digit must be a century and sex code 1-6 (ID-1)");
    }

    @Test
    @DisplayName("ID-1: an IIN's birth date must exist in the century its seventh digit names")
    void iin_birth_date_must_exist_in_the_century_of_its_seventh_digit() {
        assertThat(NationalId.isIin("000229500008")).as("29 February 2000, a man").isTrue();
        assertThat(NationalId.isIin("000229600004")).as("29 February 2000, a woman").isTrue();
        assertThat(NationalId.isIin("040229100002")).as("29 February 1804").isTrue();
        assertThat(NationalId.isIin("000229100002")).as("1800 was no leap year").isFalse();
        assertThat(NationalId.isIin("000229200009")).as("1800 was no leap year").isFalse();
        assertThat(NationalId.isIin("000229300005")).as("1900 was no leap year").isFalse();
        assertThat(NationalId.iinProblem("000229400001")).as("1900 was no leap year").contains("birth date YYMMDD");
    }

    // ------------------------------------------------------------------ BIN: month, type, attribute

    @ParameterizedTest
    @ValueSource(strings = {"050040000008", "051340000001"})
    @DisplayName("ID-1: a BIN whose third and fourth digits are not a month 01-12 is refused")
    void bin_whose_registration_month_is_not_01_to_12_is_refused(String value) {
        assertThat(NationalId.isBin(value)).isFalse();
        assertThat(NationalId.binProblem(value))
                .isEqualTo("must be a BIN: its third and fourth digits must be the registration month 01-12 (ID-1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"050100000003", "050130000007", "050170000005", "050190000004"})
    @DisplayName("ID-1: a BIN whose fifth digit is not a legal-entity type 4, 5 or 6 is refused")
    void bin_whose_fifth_digit_is_not_an_entity_type_is_refused(String value) {
        assertThat(NationalId.isBin(value)).isFalse();
        assertThat(NationalId.binProblem(value))
                .isEqualTo("must be a BIN: its fifth digit must be the legal-entity type 4, 5 or 6 (ID-1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"050144000003", "050149000000"})
    @DisplayName("ID-1: a BIN whose sixth digit is not an attribute 0-3 is refused")
    void bin_whose_sixth_digit_is_not_an_attribute_is_refused(String value) {
        assertThat(NationalId.isBin(value)).isFalse();
        assertThat(NationalId.binProblem(value)).isEqualTo("must be a BIN: its sixth digit must be an attribute 0-3 (ID-1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"050143000008", "050150000006", "050162000001"})
    @DisplayName("ID-1: each BIN entity type 4, 5, 6 and attribute 0-3 is accepted")
    void bin_entity_types_and_attributes_are_accepted(String value) {
        assertThat(NationalId.isBin(value)).isTrue();
    }

    // ------------------------------------------------------------------ an IIN is not a BIN

    @ParameterizedTest
    @ValueSource(strings = {"900515401230", "851102304561", "000229500008"})
    @DisplayName("ID-1: an IIN is refused where a BIN is required")
    void iin_is_refused_where_a_bin_is_required(String iin) {
        assertThat(NationalId.isBin(iin)).isFalse();
        assertThat(NationalId.binProblem(iin)).isEqualTo("must be a BIN, not an IIN (ID-1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"050140001238", "120340004562", "980840001237"})
    @DisplayName("ID-1: a BIN is refused where an IIN is required")
    void bin_is_refused_where_an_iin_is_required(String bin) {
        assertThat(NationalId.isIin(bin)).isFalse();
        assertThat(NationalId.iinProblem(bin)).isEqualTo("must be an IIN, not a BIN (ID-1)");
    }

    @Test
    @DisplayName("ID-1: where either may stand, a number that is neither an IIN nor a BIN is refused")
    void number_that_is_neither_an_iin_nor_a_bin_is_refused_where_either_may_stand() {
        assertThat(NationalId.problemWith("300230300003")).isEqualTo("must be an IIN or a BIN: as an IIN, its first six digits"
                + " must be a birth date YYMMDD that exists in the century its seventh digit names (ID-1)");
        assertThat(NationalId.problemWith("050144000003"))
                .isEqualTo("must be an IIN or a BIN: as a BIN, its sixth digit must be an attribute 0-3 (ID-1)");
        assertThat(NationalId.problemWith("050170000005")).isEqualTo("must be an IIN or a BIN: its fifth digit must be 0-3"
                + " (an IIN's birth day) or 4-6 (a BIN's entity type) (ID-1)");
        assertThat(NationalId.isValid("000000000000")).isFalse();
    }

    /** A valid IIN head (birth date and century) followed by a serial whose both remainders are 10. */
    private static String findPrefixWithTwoTens(String head) {
        int[] first = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        int[] second = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        for (int serial = 0; serial < 10_000; serial++) {
            String p = head + String.format("%04d", serial);
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
