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

    @Test
    @DisplayName("An IIN in an exception's message, its causes' or its suppressed exceptions' is masked in the printed stack trace; class names and frames stay")
    void masks_an_iin_in_a_stack_trace() {
        java.sql.SQLException db = new java.sql.SQLException(
                "ERROR: duplicate key value violates unique constraint \"consent_key\" Detail: Key (subject_iin)=(900515401230) already exists.");
        RuntimeException thrown = new IllegalStateException("Could not store the consent", db);
        thrown.addSuppressed(new RuntimeException("rollback after 851102304561"));
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "Import line 7 failed", IinMaskingFilterTest.class.getName());
        record.setThrown(thrown);

        assertThat(filter.isLoggable(record)).isTrue();

        java.io.StringWriter printed = new java.io.StringWriter();
        record.getThrown().printStackTrace(new java.io.PrintWriter(printed));
        assertThat(printed.toString())
                .doesNotContain("900515401230").doesNotContain("851102304561")
                .contains("********1230").contains("********4561")
                .contains("java.lang.IllegalStateException: Could not store the consent")
                .contains("Caused by: java.sql.SQLException: ERROR: duplicate key")
                .contains("IinMaskingFilterTest.masks_an_iin_in_a_stack_trace");
    }

    @Test
    @DisplayName("An exception without an identifier is logged as it is")
    void leaves_a_clean_exception_alone() {
        RuntimeException thrown = new IllegalStateException("no identifier here", new RuntimeException("nor here"));
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "failed", IinMaskingFilterTest.class.getName());
        record.setThrown(thrown);
        filter.isLoggable(record);
        assertThat(record.getThrown()).isSameAs(thrown);
    }
}
