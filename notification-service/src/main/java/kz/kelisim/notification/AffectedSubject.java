package kz.kelisim.notification;

import java.util.regex.Pattern;
import kz.kelisim.contracts.NationalId;

/**
 * One subject affected by a breach, as the operator knows them: the data needed to notify them
 * (BRN-1: full name and/or IIN and/or mobile number). Personal data of the most sensitive kind:
 * it is stored encrypted and never logged, so this record prints nothing of it.
 */
public record AffectedSubject(String iin, String fullName, String phone) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,19}");

    /** Explains what is wrong with the subject's data (never quoting it), or returns null when it is fine. */
    public String problem() {
        if (blank(iin) && blank(fullName) && blank(phone)) {
            return "needs at least one of iin, fullName, phone (BRN-1)";
        }
        if (!blank(iin) && NationalId.iinProblem(iin) != null) {
            return "iin " + NationalId.iinProblem(iin);
        }
        if (!blank(phone) && !PHONE.matcher(phone).matches()) {
            return "phone must be 7 to 20 digits, optionally with +, spaces, dashes and parentheses";
        }
        if (!blank(fullName) && fullName.length() > 300) {
            return "fullName must have at most 300 characters";
        }
        return null;
    }

    public boolean hasIin() {
        return !blank(iin);
    }

    /** The IIN with all but its last four digits hidden, for lists a person reads. */
    public String maskedIin() {
        return blank(iin) ? null : "********" + iin.substring(iin.length() - 4);
    }

    @Override
    public String toString() {
        return "AffectedSubject[redacted]";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
