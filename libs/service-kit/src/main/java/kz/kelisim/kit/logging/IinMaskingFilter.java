package kz.kelisim.kit.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.IdentityHashMap;
import java.util.Map;
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
        if (record.getThrown() != null) {
            record.setThrown(masked(record.getThrown()));
        }
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

    /**
     * The throwable as it will be printed, with every identifier in its messages, its causes' and its
     * suppressed exceptions' masked (a database error's detail often quotes the row, IIN and all); the
     * throwable itself when none holds one. The copy keeps each class name and stack trace.
     */
    static Throwable masked(Throwable thrown) {
        return holdsIdentifier(thrown, new IdentityHashMap<>()) ? new MaskedThrowable(thrown, new IdentityHashMap<>()) : thrown;
    }

    private static boolean holdsIdentifier(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        String message = t.getMessage();
        if (message != null && !mask(message).equals(message)) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (holdsIdentifier(s, seen)) {
                return true;
            }
        }
        return holdsIdentifier(t.getCause(), seen);
    }

    /** A printed copy of a throwable with its messages masked: the original's class name, trace, causes and suppressed. */
    static final class MaskedThrowable extends Throwable {

        private final String className;

        MaskedThrowable(Throwable original, Map<Throwable, MaskedThrowable> copies) {
            super(original.getMessage() == null ? null : mask(original.getMessage()));
            copies.put(original, this);
            this.className = original.getClass().getName();
            setStackTrace(original.getStackTrace());
            Throwable cause = original.getCause();
            if (cause != null && cause != original) {
                initCause(copies.containsKey(cause) ? copies.get(cause) : new MaskedThrowable(cause, copies));
            }
            for (Throwable s : original.getSuppressed()) {
                addSuppressed(copies.containsKey(s) ? copies.get(s) : new MaskedThrowable(s, copies));
            }
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? className : className + ": " + message;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
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
