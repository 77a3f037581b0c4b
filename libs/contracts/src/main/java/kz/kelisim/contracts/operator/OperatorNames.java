package kz.kelisim.contracts.operator;

/**
 * The one way the suite shows an operator or third party to a reader: its name in the reader's
 * language with the BIN beside it, such as "Demo Bank (BIN 050140001238)"; a BIN without a profile
 * is an unregistered operator, never a bare number. Kazakh is the default (LAW.md "Languages").
 */
public final class OperatorNames {

    private OperatorNames() {
    }

    /**
     * @param bin the BIN (or, for a sole trader, the IIN) the record names
     * @param name the profile's name, null when the organisation has no profile
     * @param language kk, ru or en; anything else reads as kk
     */
    public static String display(String bin, Trilingual name, String language) {
        String lang = language(language);
        String shown = name == null ? null : name.in(lang);
        if (bin == null || bin.isBlank()) {
            return shown == null ? unregistered(lang) : shown;
        }
        return (shown == null ? unregistered(lang) : shown) + " (" + binLabel(lang) + " " + bin + ")";
    }

    /** The supported language, Kazakh when the reader's is not one of kk, ru, en. */
    public static String language(String language) {
        return "ru".equals(language) || "en".equals(language) ? language : "kk";
    }

    private static String unregistered(String lang) {
        return switch (lang) {
            case "ru" -> "незарегистрированный оператор";
            case "en" -> "unregistered operator";
            default -> "тіркелмеген оператор";
        };
    }

    private static String binLabel(String lang) {
        return switch (lang) {
            case "ru" -> "БИН";
            case "en" -> "BIN";
            default -> "БСН";
        };
    }
}
