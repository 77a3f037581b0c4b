package kz.kelisim.kit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IinMaskingFilterTest {

    final IinMaskingFilter filter = new IinMaskingFilter();

    @Test
    @DisplayName("A valid IIN in a formatted log line is masked to its last four digits; the line is still written")
    void masks_an_iin_in_a_parameterised_message() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Check for %s on purpose %s failed", ExtLogRecord.FormatStyle.PRINTF,
                IinMaskingFilterTest.class.getName());
        record.setParameters(new Object[] {"900515401230", "credit-scoring"});
        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getFormattedMessage()).isEqualTo("Check for ********1230 on purpose credit-scoring failed");
    }

    @Test
    @DisplayName("Twelve digits without a valid check digit, and longer numbers, are left as they are")
    void leaves_other_numbers() {
        assertThat(IinMaskingFilter.mask("order 900515401231 and 1234567890123 and 900515401230x"))
                .isEqualTo("order 900515401231 and 1234567890123 and ********1230x");
    }
}
