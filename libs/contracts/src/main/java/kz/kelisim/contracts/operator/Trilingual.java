package kz.kelisim.contracts.operator;

/**
 * A text in Kazakh (the state language), Russian and English (LAW.md "Languages").
 */
public record Trilingual(String kk, String ru, String en) {

    /** The text in the reader's language; a missing one falls back to Kazakh, then Russian, then English. */
    public String in(String language) {
        String wanted = switch (language == null ? "" : language) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
        for (String candidate : new String[] {wanted, kk, ru, en}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
