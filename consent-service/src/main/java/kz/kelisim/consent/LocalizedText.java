package kz.kelisim.consent;

/**
 * A text a subject reads, in Kazakh (the state language), Russian and English.
 */
public record LocalizedText(String kk, String ru, String en) {

    /** True when every language has a non-blank text. */
    public boolean complete() {
        return present(kk) && present(ru) && present(en);
    }

    public String in(String language) {
        return switch (language == null ? "" : language) {
            case "kk" -> kk;
            case "ru" -> ru;
            default -> en;
        };
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
