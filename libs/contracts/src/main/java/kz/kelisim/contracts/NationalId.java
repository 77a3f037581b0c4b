package kz.kelisim.contracts;

/**
 * Check-digit validation of the 12-digit IIN and BIN (LAW.md ID-1).
 */
public final class NationalId {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private NationalId() {
    }

    /** True when the value is 12 digits and its last digit is the ID-1 check digit of the first 11. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int check = weightedSum(value, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            // ID-1: a first remainder of 10 is recomputed with the shifted weights 3..11,1,2.
            check = weightedSum(value, SECOND_WEIGHTS) % 11;
        }
        // ID-1: a second remainder of 10 means no valid number can end this prefix.
        return check != 10 && check == value.charAt(11) - '0';
    }

    /** Explains why a value is not a valid IIN or BIN, or returns null when it is valid. */
    public static String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return "is required";
        }
        if (value.length() != 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "must be exactly 12 digits";
        }
        return isValid(value) ? null : "has a wrong check digit (LAW.md ID-1)";
    }

    private static int weightedSum(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (value.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
