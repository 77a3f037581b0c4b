package kz.kelisim.contracts.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OperatorNamesTest {

    static final Trilingual DEMO_BANK = new Trilingual("Демо Банк АҚ", "АО Демо Банк", "Demo Bank");

    @Test
    @DisplayName("Languages: a registered operator is its name in the reader's language with the BIN beside it")
    void registered_operator_is_named_with_its_bin() {
        assertThat(OperatorNames.display("050140001238", DEMO_BANK, "en")).isEqualTo("Demo Bank (BIN 050140001238)");
        assertThat(OperatorNames.display("050140001238", DEMO_BANK, "ru")).isEqualTo("АО Демо Банк (БИН 050140001238)");
        assertThat(OperatorNames.display("050140001238", DEMO_BANK, "kk")).isEqualTo("Демо Банк АҚ (БСН 050140001238)");
    }

    @Test
    @DisplayName("Languages: Kazakh is the default for a missing or unsupported language")
    void kazakh_is_the_default() {
        assertThat(OperatorNames.display("050140001238", DEMO_BANK, null)).isEqualTo("Демо Банк АҚ (БСН 050140001238)");
        assertThat(OperatorNames.display("050140001238", DEMO_BANK, "de")).isEqualTo("Демо Банк АҚ (БСН 050140001238)");
    }

    @Test
    @DisplayName("A BIN without a profile is an unregistered operator in the reader's language, never a bare number")
    void bin_without_profile_is_an_unregistered_operator() {
        assertThat(OperatorNames.display("120340004562", null, "en")).isEqualTo("unregistered operator (BIN 120340004562)");
        assertThat(OperatorNames.display("120340004562", null, "ru")).isEqualTo("незарегистрированный оператор (БИН 120340004562)");
        assertThat(OperatorNames.display("120340004562", null, "kk")).isEqualTo("тіркелмеген оператор (БСН 120340004562)");
    }

    @Test
    @DisplayName("A name missing in the reader's language falls back to Kazakh, then Russian")
    void missing_language_falls_back() {
        Trilingual onlyRussian = new Trilingual(" ", "АО Банк", null);
        assertThat(OperatorNames.display("050140001238", onlyRussian, "en")).isEqualTo("АО Банк (BIN 050140001238)");
    }
}
