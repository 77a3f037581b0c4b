package kz.kelisim.contracts;

import java.time.YearMonth;

/**
 * Validation of the 12-digit IIN (a person) and BIN (a legal entity), LAW.md ID-1. Where a person
 * is meant use {@link #iinProblem}, where an organisation is meant {@link #binProblem}: an IIN is
 * never a BIN nor the reverse (an IIN's fifth digit is a day's tens digit 0-3, a BIN's is its type
 * 4-6). Each problem is a message to follow the field's name in a 400, citing ID-1.
 */
public final class NationalId {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private NationalId() {
    }

    /** True when the value is a valid IIN: birth date, century and sex code, check digit (ID-1). */
    public static boolean isIin(String value) {
        return iinProblem(value) == null;
    }

    /** True when the value is a valid BIN: registration month, entity type, attribute, check digit (ID-1). */
    public static boolean isBin(String value) {
        return binProblem(value) == null;
    }

    /** True when the value is a valid IIN or a valid BIN (ID-1). */
    public static boolean isValid(String value) {
        return isIin(value) || isBin(value);
    }

    /** Explains why a value is not a valid IIN, or returns null when it is one. */
    public static String iinProblem(String value) {
        String form = formProblem(value);
        if (form != null) {
            return form;
        }
        if (binRuleBroken(value) == null && hasValidCheckDigit(value)) {
            return "must be an IIN, not a BIN (ID-1)";
        }
        return ruleProblem(value, "must be an IIN: ", iinRuleBroken(value));
    }

    /** Explains why a value is not a valid BIN, or returns null when it is one. */
    public static String binProblem(String value) {
        String form = formProblem(value);
        if (form != null) {
            return form;
        }
        if (iinRuleBroken(value) == null && hasValidCheckDigit(value)) {
            return "must be a BIN, not an IIN (ID-1)";
        }
        return ruleProblem(value, "must be a BIN: ", binRuleBroken(value));
    }

    /**
     * Explains why a value is neither a valid IIN nor a valid BIN, or returns null when it is one of
     * them; only for a field that may hold either. The fifth digit tells which one the value means to be.
     */
    public static String problemWith(String value) {
        String form = formProblem(value);
        if (form != null) {
            return form;
        }
        char fifth = value.charAt(4);
        if (fifth > '6') {
            return "must be an IIN or a BIN: its fifth digit must be 0-3 (an IIN's birth day) or 4-6 (a BIN's entity type) (ID-1)";
        }
        return fifth <= '3'
                ? ruleProblem(value, "must be an IIN or a BIN: as an IIN, ", iinRuleBroken(value))
                : ruleProblem(value, "must be an IIN or a BIN: as a BIN, ", binRuleBroken(value));
    }

    private static String ruleProblem(String value, String prefix, String brokenRule) {
        if (brokenRule != null) {
            return prefix + brokenRule + " (ID-1)";
        }
        return hasValidCheckDigit(value) ? null : prefix + "it has a wrong check digit (ID-1)";
    }

    private static String formProblem(String value) {
        if (value == null || value.isBlank()) {
            return "is required";
        }
        if (value.length() != 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "must be exactly 12 digits";
        }
        return null;
    }

    /**
     * ID-1: an IIN's digits 1-6 are the birth date YYMMDD and digit 7 its century and sex: 1/2 a man
     * or woman born in the 1800s, 3/4 in the 1900s, 5/6 in the 2000s. The date must exist in that
     * century (000229 is 29 February 2000 with a 5, but 1800 was no leap year, so not with a 1).
     */
    private static String iinRuleBroken(String value) {
        int code = value.charAt(6) - '0';
        boolean knownCentury = code >= 1 && code <= 6;
        // With no century to go by, the leap year 2000 admits every day and month that can exist at all.
        int year = knownCentury ? 1800 + (code - 1) / 2 * 100 + number(value, 0) : 2000;
        if (!isDate(year, number(value, 2), number(value, 4))) {
            return "its first six digits must be a birth date YYMMDD that exists in the century its seventh digit names";
        }
        return knownCentury ? null : "its seventh digit must be a century and sex code 1-6";
    }

    /**
     * ID-1: a BIN's digits 1-4 are the year and month (YYMM) of registration, digit 5 the type (4 a
     * resident legal entity, 5 a non-resident legal entity, 6 an individual entrepreneur in joint
     * enterprise) and digit 6 an attribute 0-3 (head office, branch, representative office, farm).
     */
    private static String binRuleBroken(String value) {
        int month = number(value, 2);
        if (month < 1 || month > 12) {
            return "its third and fourth digits must be the registration month 01-12";
        }
        if (value.charAt(4) < '4' || value.charAt(4) > '6') {
            return "its fifth digit must be the legal-entity type 4, 5 or 6";
        }
        if (value.charAt(5) > '3') {
            return "its sixth digit must be an attribute 0-3";
        }
        return null;
    }

    /** ID-1: the last digit is the check digit of the first 11. */
    private static boolean hasValidCheckDigit(String value) {
        int check = weightedSum(value, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            // ID-1: a first remainder of 10 is recomputed with the shifted weights 3..11,1,2.
            check = weightedSum(value, SECOND_WEIGHTS) % 11;
        }
        // ID-1: a second remainder of 10 means no valid number can end this prefix.
        return check != 10 && check == value.charAt(11) - '0';
    }

    private static boolean isDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static int number(String value, int from) {
        return (value.charAt(from) - '0') * 10 + value.charAt(from + 1) - '0';
    }

    private static int weightedSum(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (value.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
