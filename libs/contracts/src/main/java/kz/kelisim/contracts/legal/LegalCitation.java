package kz.kelisim.contracts.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@link LegalAct} as a reader cites it, in Kazakh, Russian or English: "Law of the Republic of
 * Kazakhstan No. 94-V of 21 May 2013, Article 12", "Закон Республики Казахстан от 21 мая 2013 года
 * № 94-V, статья 12", "Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңы, 12-бап".
 *
 * <p>The article is a reference in numbers: the act's main unit (an article, or a paragraph in an act
 * divided into paragraphs) and the units under it after dots, so {@code 8.7} is article 8, paragraph 7
 * and {@code 7-2.1.10-1} article 7-2, paragraph 1, subparagraph 10-1. The unit words come from the
 * reader's language and the kind of act. An article that is not such a reference (the free text of a
 * refusal recorded before acts were structured) is shown as written; such a refusal has no number and
 * no date, and is cited by that text alone.
 */
public final class LegalCitation {

    private static final String UNIT = "\\d{1,4}(?:-\\d{1,3})?";
    private static final Pattern ARTICLES = Pattern.compile(UNIT + "(?:\\." + UNIT + "){0,2}");
    private static final Pattern PARAGRAPHS = Pattern.compile(UNIT + "(?:\\." + UNIT + ")?");

    private static final Map<String, List<String>> ARTICLE_UNITS = Map.of(
            "en", List.of("Article", "paragraph", "subparagraph"),
            "ru", List.of("статья", "пункт", "подпункт"),
            "kk", List.of("бап", "тармақ", "тармақша"));
    private static final Map<String, List<String>> PARAGRAPH_UNITS = Map.of(
            "en", List.of("paragraph", "subparagraph"),
            "ru", List.of("пункт", "подпункт"),
            "kk", List.of("тармақ", "тармақша"));

    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> MONTHS_RU = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря");
    /** Kazakh months with the locative-attributive ending a date takes before a noun ("21 мамырдағы"). */
    private static final List<String> MONTHS_KK = List.of("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі",
            "мамырдағы", "маусымдағы", "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы",
            "желтоқсандағы");

    private LegalCitation() {
    }

    /** True when {@code article} is a reference in numbers that fits how acts of this kind are divided. */
    public static boolean isReference(LegalActKind kind, String article) {
        return kind != null && article != null
                && (kind.division() == LegalActKind.Division.ARTICLES ? ARTICLES : PARAGRAPHS).matcher(article).matches();
    }

    /** An example reference and what it means, for messages that say what is expected. */
    public static String expectedReference(LegalActKind kind) {
        return kind != null && kind.division() == LegalActKind.Division.PARAGRAPHS
                ? "the paragraph number, with the subparagraph after a dot: 15, or 15.2 for paragraph 15, subparagraph 2"
                : "the article number, with the paragraph and subparagraph after dots: 12, 8.7 for article 8, paragraph 7, "
                        + "or 7-2.1.10-1 for article 7-2, paragraph 1, subparagraph 10-1";
    }

    /** The citation in {@code language}: kk, ru, or English for anything else. */
    public static String of(LegalAct act, String language) {
        String lang = "kk".equals(language) || "ru".equals(language) ? language : "en";
        String reference = reference(act, lang);
        if (act.kind() == null || !present(act.number()) && act.date() == null && !isReference(act.kind(), strip(act.article()))) {
            return reference;
        }
        String name = switch (lang) {
            case "kk" -> kazakhName(act);
            case "ru" -> russianName(act);
            default -> englishName(act);
        };
        return reference.isEmpty() ? name : name + ", " + reference;
    }

    private static String englishName(LegalAct act) {
        StringBuilder s = new StringBuilder(switch (act.kind()) {
            case CONSTITUTION -> "Constitution of the Republic of Kazakhstan";
            case CONSTITUTIONAL_LAW -> "Constitutional Law of the Republic of Kazakhstan";
            case CODE -> "Code of the Republic of Kazakhstan";
            case LAW -> "Law of the Republic of Kazakhstan";
            case PRESIDENTIAL_DECREE -> "Decree of the President of the Republic of Kazakhstan";
            case GOVERNMENT_RESOLUTION -> "Resolution of the Government of the Republic of Kazakhstan";
            case MINISTERIAL_ORDER -> "Order of a Minister of the Republic of Kazakhstan";
            case OTHER_NORMATIVE_ACT -> "Normative legal act";
        });
        if (present(act.number())) {
            s.append(" No. ").append(act.number().strip());
        }
        if (act.date() != null) {
            LocalDate d = act.date();
            s.append(" of ").append(d.getDayOfMonth()).append(' ').append(MONTHS_EN.get(d.getMonthValue() - 1))
                    .append(' ').append(d.getYear());
        }
        return s.toString();
    }

    private static String russianName(LegalAct act) {
        StringBuilder s = new StringBuilder(switch (act.kind()) {
            case CONSTITUTION -> "Конституция Республики Казахстан";
            case CONSTITUTIONAL_LAW -> "Конституционный закон Республики Казахстан";
            case CODE -> "Кодекс Республики Казахстан";
            case LAW -> "Закон Республики Казахстан";
            case PRESIDENTIAL_DECREE -> "Указ Президента Республики Казахстан";
            case GOVERNMENT_RESOLUTION -> "Постановление Правительства Республики Казахстан";
            case MINISTERIAL_ORDER -> "Приказ министра Республики Казахстан";
            case OTHER_NORMATIVE_ACT -> "Нормативный правовой акт";
        });
        if (act.date() != null) {
            LocalDate d = act.date();
            s.append(" от ").append(d.getDayOfMonth()).append(' ').append(MONTHS_RU.get(d.getMonthValue() - 1))
                    .append(' ').append(d.getYear()).append(" года");
        }
        if (present(act.number())) {
            s.append(" № ").append(act.number().strip());
        }
        return s.toString();
    }

    /** Kazakh puts the issuer (in the genitive), then the date and number, then the act: "... № 94-V Заңы". */
    private static String kazakhName(LegalAct act) {
        String[] issuerAndAct = switch (act.kind()) {
            case CONSTITUTION -> new String[] {"Қазақстан Республикасының", "Конституциясы"};
            case CONSTITUTIONAL_LAW -> new String[] {"Қазақстан Республикасының", "Конституциялық заңы"};
            case CODE -> new String[] {"Қазақстан Республикасының", "Кодексі"};
            case LAW -> new String[] {"Қазақстан Республикасының", "Заңы"};
            case PRESIDENTIAL_DECREE -> new String[] {"Қазақстан Республикасы Президентінің", "Жарлығы"};
            case GOVERNMENT_RESOLUTION -> new String[] {"Қазақстан Республикасы Үкіметінің", "қаулысы"};
            case MINISTERIAL_ORDER -> new String[] {"Қазақстан Республикасы министрінің", "бұйрығы"};
            case OTHER_NORMATIVE_ACT -> new String[] {null, "нормативтік құқықтық акт"};
        };
        List<String> parts = new ArrayList<>();
        if (issuerAndAct[0] != null) {
            parts.add(issuerAndAct[0]);
        }
        if (act.date() != null) {
            LocalDate d = act.date();
            parts.add(d.getYear() + " жылғы " + d.getDayOfMonth() + " " + MONTHS_KK.get(d.getMonthValue() - 1));
        }
        if (present(act.number())) {
            parts.add("№ " + act.number().strip());
        }
        parts.add(issuerAndAct[1]);
        String name = String.join(" ", parts);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String reference(LegalAct act, String lang) {
        String article = strip(act.article());
        if (!isReference(act.kind(), article)) {
            return article;
        }
        List<String> units = (act.kind().division() == LegalActKind.Division.ARTICLES ? ARTICLE_UNITS : PARAGRAPH_UNITS)
                .get(lang);
        String[] numbers = article.split("\\.");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            parts.add("kk".equals(lang) ? numbers[i] + "-" + units.get(i) : units.get(i) + " " + numbers[i]);
        }
        return String.join(", ", parts);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
