package kz.kelisim.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalActKind;
import kz.kelisim.notification.NoticeKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeComposerTest {

    static final Instant AT = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    @DisplayName("PDL-8.7, Languages: a refusal's notice cites the legislation in Kazakh, Russian and English")
    void refusal_notice_cites_the_legislation_in_three_languages() {
        LegalAct act = new LegalAct(LegalActKind.CODE, "120-VI", LocalDate.of(2017, 12, 25), "48");
        var draft = NoticeComposer.compose(refused("Code of the Republic of Kazakhstan No. 120-VI of 25 December 2017, Article 48", act))
                .orElseThrow();
        assertThat(draft.kind()).isEqualTo(NoticeKind.STOP_REFUSED);
        assertThat(draft.params())
                .containsEntry("law_en", "Code of the Republic of Kazakhstan No. 120-VI of 25 December 2017, Article 48")
                .containsEntry("law_ru", "Кодекс Республики Казахстан от 25 декабря 2017 года № 120-VI, статья 48")
                .containsEntry("law_kk", "Қазақстан Республикасының 2017 жылғы 25 желтоқсандағы № 120-VI Кодексі, 48-бап")
                .containsEntry("reason_kk", "Салық кодексі талап етеді.");
    }

    @Test
    @DisplayName("PDL-8.7: a StopRefused published before legalAct existed still cites its law reference")
    void refusal_event_from_before_legal_act_cites_its_text() {
        var draft = NoticeComposer.compose(refused("Tax Code art. 48", null)).orElseThrow();
        assertThat(draft.params()).containsEntry("law", "Tax Code art. 48")
                .doesNotContainKeys("law_kk", "law_ru", "law_en");
    }

    private static StopRefused refused(String lawReference, LegalAct act) {
        return new StopRefused(UUID.randomUUID(), AT, "ref", UUID.randomUUID(), UUID.randomUUID(), "120340004562",
                lawReference, act, "Салық кодексі талап етеді.", "Требует Налоговый кодекс.", null, AT.plusSeconds(86400), "MET");
    }
}
