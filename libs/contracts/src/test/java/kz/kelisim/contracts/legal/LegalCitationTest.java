package kz.kelisim.contracts.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LegalCitationTest {

    static final LegalAct PERSONAL_DATA_LAW = new LegalAct(LegalActKind.LAW, "94-V", LocalDate.of(2013, 5, 21), "12");

    @Test
    @DisplayName("PDL-8.7, Languages: a law is cited in Kazakh, Russian and English with its number, date and article")
    void law_is_cited_in_three_languages() {
        assertThat(LegalCitation.of(PERSONAL_DATA_LAW, "en"))
                .isEqualTo("Law of the Republic of Kazakhstan No. 94-V of 21 May 2013, Article 12");
        assertThat(LegalCitation.of(PERSONAL_DATA_LAW, "ru"))
                .isEqualTo("Закон Республики Казахстан от 21 мая 2013 года № 94-V, статья 12");
        assertThat(LegalCitation.of(PERSONAL_DATA_LAW, "kk"))
                .isEqualTo("Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңы, 12-бап");
    }

    @Test
    @DisplayName("PDL-8.7: paragraphs and subparagraphs after dots are named in the reader's language")
    void paragraphs_and_subparagraphs_are_named() {
        LegalAct act = new LegalAct(LegalActKind.LAW, "418-V", LocalDate.of(2015, 11, 24), "7-2.1.10-1");
        assertThat(LegalCitation.of(act, "en")).endsWith(", Article 7-2, paragraph 1, subparagraph 10-1");
        assertThat(LegalCitation.of(act, "ru")).endsWith(", статья 7-2, пункт 1, подпункт 10-1");
        assertThat(LegalCitation.of(act, "kk")).endsWith(", 7-2-бап, 1-тармақ, 10-1-тармақша");
        // Any other language tag reads English.
        assertThat(LegalCitation.of(act, "de")).isEqualTo(LegalCitation.of(act, "en"));
    }

    @Test
    @DisplayName("PDL-8.7: the Constitution is cited by its name and date, without a number")
    void constitution_has_no_number() {
        LegalAct act = new LegalAct(LegalActKind.CONSTITUTION, null, LocalDate.of(1995, 8, 30), "18.1");
        assertThat(LegalCitation.of(act, "en")).isEqualTo("Constitution of the Republic of Kazakhstan of 30 August 1995, Article 18, paragraph 1");
        assertThat(LegalCitation.of(act, "ru")).isEqualTo("Конституция Республики Казахстан от 30 августа 1995 года, статья 18, пункт 1");
        assertThat(LegalCitation.of(act, "kk")).isEqualTo("Қазақстан Республикасының 1995 жылғы 30 тамыздағы Конституциясы, 18-бап, 1-тармақ");
    }

    @Test
    @DisplayName("PDL-8.7: an act below the law, such as a ministerial order, is cited by paragraph")
    void orders_and_resolutions_are_cited_by_paragraph() {
        LegalAct order = new LegalAct(LegalActKind.MINISTERIAL_ORDER, "ҚР ДСМ-175/2020", LocalDate.of(2020, 10, 30), "15.2");
        assertThat(LegalCitation.of(order, "en"))
                .isEqualTo("Order of a Minister of the Republic of Kazakhstan No. ҚР ДСМ-175/2020 of 30 October 2020, paragraph 15, subparagraph 2");
        assertThat(LegalCitation.of(order, "ru"))
                .isEqualTo("Приказ министра Республики Казахстан от 30 октября 2020 года № ҚР ДСМ-175/2020, пункт 15, подпункт 2");
        assertThat(LegalCitation.of(order, "kk"))
                .isEqualTo("Қазақстан Республикасы министрінің 2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығы, 15-тармақ, 2-тармақша");
        LegalAct other = new LegalAct(LegalActKind.OTHER_NORMATIVE_ACT, "12", LocalDate.of(2024, 9, 3), "4");
        assertThat(LegalCitation.of(other, "kk")).isEqualTo("2024 жылғы 3 қыркүйектегі № 12 нормативтік құқықтық акт, 4-тармақ");
        assertThat(LegalCitation.of(other, "en")).isEqualTo("Normative legal act No. 12 of 3 September 2024, paragraph 4");
    }

    @Test
    @DisplayName("PDL-8.7: a refusal recorded before acts were structured is cited by its text as written")
    void free_text_of_an_earlier_refusal_is_shown_as_written() {
        LegalAct earlier = new LegalAct(LegalActKind.OTHER_NORMATIVE_ACT, null, null, "Law on Accounting and Financial Reporting, Art. 17");
        for (String language : new String[] {"kk", "ru", "en"}) {
            assertThat(LegalCitation.of(earlier, language)).isEqualTo("Law on Accounting and Financial Reporting, Art. 17");
        }
    }

    @ParameterizedTest
    @EnumSource(LegalActKind.class)
    @DisplayName("PDL-8.7: every kind of normative legal act has a name in kk, ru and en")
    void every_kind_is_named_in_every_language(LegalActKind kind) {
        LegalAct act = new LegalAct(kind, "1", LocalDate.of(2020, 1, 2), "3");
        for (String language : new String[] {"kk", "ru", "en"}) {
            assertThat(LegalCitation.of(act, language)).contains("1").contains("2020").doesNotContain("null");
        }
    }

    @Test
    @DisplayName("PDL-8.7: a reference has at most article, paragraph and subparagraph (paragraph and subparagraph in an act of paragraphs)")
    void references_fit_how_the_act_is_divided() {
        assertThat(LegalCitation.isReference(LegalActKind.LAW, "12")).isTrue();
        assertThat(LegalCitation.isReference(LegalActKind.LAW, "19-1.3")).isTrue();
        assertThat(LegalCitation.isReference(LegalActKind.CODE, "7-2.1.10-1")).isTrue();
        assertThat(LegalCitation.isReference(LegalActKind.LAW, "1.2.3.4")).isFalse();
        assertThat(LegalCitation.isReference(LegalActKind.GOVERNMENT_RESOLUTION, "15.2")).isTrue();
        assertThat(LegalCitation.isReference(LegalActKind.GOVERNMENT_RESOLUTION, "15.2.1")).isFalse();
        assertThat(LegalCitation.isReference(LegalActKind.LAW, "Art. 12")).isFalse();
        assertThat(LegalCitation.isReference(LegalActKind.LAW, "")).isFalse();
        assertThat(LegalCitation.isReference(null, "12")).isFalse();
    }
}
