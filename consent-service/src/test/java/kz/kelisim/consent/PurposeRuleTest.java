package kz.kelisim.consent;

import java.util.List;
import kz.kelisim.kit.domain.Rejection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurposeRuleTest {

    @Test
    @DisplayName("PDL-7.8: a concrete purpose in kk, ru and en passes every rule")
    void specific_purpose_passes() {
        assertThatCode(() -> PurposeRule.enforce(Given.definition("P1Y", List.of()))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Marketing", "For our business needs", "   "})
    @DisplayName("PDL-7.8: a description too short to state a purpose is refused as not specific")
    void short_descriptions_are_not_specific(String text) {
        assertRefused(withDescription(new LocalizedText(text, text, text)), "pdl-7-8-purpose-not-specific");
    }

    @ParameterizedTest
    @ValueSource(strings = {"We process the data for any lawful purpose of the bank and its partners",
            "Обработка данных в любых целях банка и его партнёров без ограничения",
            "Деректерді банктің кез келген мақсатында және серіктестерінде өңдеу"})
    @DisplayName("PDL-7.8: a catch-all purpose in any language is refused as not specific")
    void catch_all_purposes_are_not_specific(String text) {
        LocalizedText base = Given.definition(null, List.of()).description();
        assertRefused(withDescription(new LocalizedText(base.kk(), base.ru(), text)), "pdl-7-8-purpose-not-specific");
    }

    @Test
    @DisplayName("PDL-7.11: enlarging a database from publicly available sources is refused")
    void public_source_database_building_is_refused() {
        PurposeDefinition d = Given.definition(null, List.of());
        PurposeDefinition harvesting = new PurposeDefinition(d.title(),
                new LocalizedText(d.description().kk(), d.description().ru(),
                        "Collect profiles from public social networks to enlarge our marketing database of prospects"),
                d.legalBasis(), null, null, d.dataCategories(), DataSource.PUBLIC_SOURCES, List.of(), false, false, null, null);
        assertRefused(harvesting, "pdl-7-11-public-source-harvesting");
    }

    @Test
    @DisplayName("PDL-7.12: biometric identification in public places without consent needs a public-interest ground")
    void public_biometrics_need_a_ground() {
        assertRefused(biometric(LegalBasis.LAW, null), "pdl-7-12-public-biometric-identification-without-ground");
        assertThatCode(() -> PurposeRule.enforce(biometric(LegalBasis.LAW, PublicInterestGround.PUBLIC_ORDER))).doesNotThrowAnyException();
        assertThatCode(() -> PurposeRule.enforce(biometric(LegalBasis.CONSENT, null))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("CPL-27.6: an AI system taking part must be disclosed in kk, ru and en")
    void ai_components_must_be_disclosed() {
        PurposeDefinition d = Given.definition(null, List.of());
        PurposeDefinition ai = new PurposeDefinition(d.title(), d.description(), d.legalBasis(), null, null,
                d.dataCategories(), d.source(), List.of(), true, true, new LocalizedText("", "модель", "model"), null);
        assertRefused(ai, "cpl-27-6-ai-disclosure-required");
    }

    @Test
    @DisplayName("PDL-17.3, INF-35.2-2: a transfer to the national AI platform names who depersonalises the data, or it is refused")
    void transfer_to_the_national_ai_platform_names_its_depersonaliser() {
        assertRefused(toAiPlatform(null), "pdl-17-3-depersonalisation-not-recorded");
        for (NationalAiPlatformTransfer.Depersonaliser by : NationalAiPlatformTransfer.Depersonaliser.values()) {
            assertThatCode(() -> PurposeRule.enforce(toAiPlatform(by))).as(by.name()).doesNotThrowAnyException();
        }
    }

    static PurposeDefinition toAiPlatform(NationalAiPlatformTransfer.Depersonaliser by) {
        PurposeDefinition d = Given.definition(null, List.of());
        return new PurposeDefinition(d.title(), d.description(), d.legalBasis(), null, null, d.dataCategories(), d.source(),
                List.of(), false, false, null, null, new NationalAiPlatformTransfer(by));
    }

    static PurposeDefinition biometric(LegalBasis basis, PublicInterestGround ground) {
        PurposeDefinition d = Given.definition(null, List.of());
        return new PurposeDefinition(d.title(), d.description(), basis, basis == LegalBasis.CONSENT ? null : "Law on X, Art. 1",
                null, List.of(new DataCategory("face image", true, true)), DataSource.SUBJECT, List.of(), true, false, null, ground);
    }

    static PurposeDefinition withDescription(LocalizedText description) {
        PurposeDefinition d = Given.definition(null, List.of());
        return new PurposeDefinition(d.title(), description, d.legalBasis(), null, null, d.dataCategories(), d.source(),
                List.of(), false, false, null, null);
    }

    static void assertRefused(PurposeDefinition d, String slug) {
        assertThatThrownBy(() -> PurposeRule.enforce(d)).isInstanceOfSatisfying(Rejection.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.kind()).isEqualTo(Rejection.Kind.RULE);
            org.assertj.core.api.Assertions.assertThat(e.slug()).isEqualTo(slug);
        });
    }
}
