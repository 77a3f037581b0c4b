package kz.kelisim.kit.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kelisim.contracts.NationalId;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks every national identifier (twelve digits that are a valid IIN or BIN, ID-1) in a log
 * line before it is written, keeping only the last four digits. Services never log an IIN on
 * purpose; this catches the ones that slip in through a library's or an exception's message.
 */
@LoggingFilter(name = "iin-mask")
public final class IinMaskingFilter implements Filter {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (message != null && TWELVE_DIGITS.matcher(message).find()) {
            String masked = mask(message);
            if (!masked.equals(message)) {
                if (record instanceof ExtLogRecord ext) {
                    ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                } else {
                    record.setMessage(masked);
                }
                record.setParameters(null);
            }
        }
        return true;
    }

    /** The text with each valid twelve-digit identifier replaced by eight stars and its last four digits. */
    public static String mask(String text) {
        Matcher m = TWELVE_DIGITS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            m.appendReplacement(out, NationalId.isValid(id) ? "********" + id.substring(8) : id);
        }
        m.appendTail(out);
        return out.toString();
    }
}
