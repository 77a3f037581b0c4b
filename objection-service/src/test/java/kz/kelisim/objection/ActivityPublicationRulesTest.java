package kz.kelisim.objection;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import kz.kelisim.kit.domain.Rejection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityPublicationRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    static final LegalBasis CONSENT = new LegalBasis(BasisKind.CONSENT, "credit-scoring", null);

    @Test
    @DisplayName("PDL-19-1.2: a draft with every explanation in Kazakh and Russian is published as ACTIVE with its event")
    void complete_draft_is_published() {
        ProcessingActivity activity = ProcessingActivity.draft(Texts.draft("050140001238", "scoring", true, CONSENT, false, "k"), 1, NOW);
        var event = activity.publish(NOW);
        assertThat(activity.status()).isEqualTo(ActivityStatus.ACTIVE);
        assertThat(event.type()).isEqualTo("kz.kelisim.objection.activity-published.v1");
        assertThat(event.topic()).isEqualTo("objection-events");
        assertThat(event.activityId()).isEqualTo(activity.id());
    }

    static Stream<Arguments> incomplete() {
        LocalizedText noRu = new LocalizedText("kk", null, "en");
        LocalizedText noKk = new LocalizedText(" ", "ru", "en");
        return Stream.of(
                Arguments.of("procedure.ru", new ActivityDraft("050140001238", "a", "n", noRu, Texts.full("c"), true, CONSENT, false, null, null, Texts.full("o"), Texts.full("p"), "k")),
                Arguments.of("consequences.kk", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), noKk, true, CONSENT, false, null, null, Texts.full("o"), Texts.full("p"), "k")),
                Arguments.of("howToObject.kk", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), Texts.full("c"), true, CONSENT, false, null, null, null, Texts.full("p"), "k")),
                Arguments.of("howToProtectRights.ru", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), Texts.full("c"), true, CONSENT, false, null, null, Texts.full("o"), noRu, "k")),
                Arguments.of("aiComponents.aiRisks.kk", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), Texts.full("c"), true, CONSENT, true, null, null, Texts.full("o"), Texts.full("p"), "k")),
                Arguments.of("aiComponents.aiSafeUse.ru", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), Texts.full("c"), true, CONSENT, true, null, null, Texts.full("o"), Texts.full("p"), "k")));
    }

    @ParameterizedTest(name = "missing {0}")
    @MethodSource("incomplete")
    @DisplayName("PDL-19-1.2, CPL-27.6: a draft missing a required Kazakh or Russian text, or an AI system's risks or conditions of safe use, stays a DRAFT")
    void incomplete_draft_is_not_published(String missingField, ActivityDraft draft) {
        ProcessingActivity activity = ProcessingActivity.draft(draft, 1, NOW);
        assertThat(activity.missingForPublication()).contains(missingField);
        assertThatThrownBy(() -> activity.publish(NOW)).isInstanceOf(Rejection.class)
                .hasMessageContaining(missingField)
                .satisfies(e -> assertThat(((Rejection) e).slug()).isEqualTo("pdl-19-1-2-explanation-incomplete"));
        assertThat(activity.status()).isEqualTo(ActivityStatus.DRAFT);
    }

    static ActivityDraft aiDraft(LocalizedText aiRisks, LocalizedText aiSafeUse) {
        return new ActivityDraft("050140001238", "ai", "n", Texts.full("w"), Texts.full("c"), true, CONSENT, true,
                aiRisks, aiSafeUse, Texts.full("o"), Texts.full("p"), "k");
    }

    static Stream<Arguments> aiTextsMissing() {
        LocalizedText risks = Texts.full("Model risks");
        LocalizedText safeUse = Texts.full("Safe use");
        return Stream.of(
                Arguments.of("neither text", aiDraft(null, null),
                        List.of("aiComponents.aiRisks.kk", "aiComponents.aiRisks.ru", "aiComponents.aiSafeUse.kk", "aiComponents.aiSafeUse.ru")),
                Arguments.of("the risks only", aiDraft(risks, null), List.of("aiComponents.aiSafeUse.kk", "aiComponents.aiSafeUse.ru")),
                Arguments.of("the conditions of safe use only", aiDraft(null, safeUse), List.of("aiComponents.aiRisks.kk", "aiComponents.aiRisks.ru")),
                Arguments.of("risks without Russian", aiDraft(new LocalizedText("kk", null, "en"), safeUse), List.of("aiComponents.aiRisks.ru")),
                Arguments.of("risks with blank Kazakh", aiDraft(new LocalizedText(" ", "ru", "en"), safeUse), List.of("aiComponents.aiRisks.kk")),
                Arguments.of("safe use without Kazakh", aiDraft(risks, new LocalizedText(null, "ru", "en")), List.of("aiComponents.aiSafeUse.kk")),
                Arguments.of("safe use in English only", aiDraft(risks, new LocalizedText("", "", "en")), List.of("aiComponents.aiSafeUse.kk", "aiComponents.aiSafeUse.ru")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aiTextsMissing")
    @DisplayName("CPL-27.6: when an AI system takes part, its possible risks and its conditions of safe use are each required in kk and ru; without either the draft is refused with 422 naming exactly the missing texts")
    void ai_activity_needs_possible_risks_and_conditions_of_safe_use(String what, ActivityDraft draft, List<String> missing) {
        ProcessingActivity activity = ProcessingActivity.draft(draft, 1, NOW);
        assertThat(activity.missingForPublication()).containsExactlyInAnyOrderElementsOf(missing);
        assertThatThrownBy(() -> activity.publish(NOW)).isInstanceOfSatisfying(Rejection.class, rejection -> {
                    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.RULE);
                    assertThat(rejection.slug()).isEqualTo("pdl-19-1-2-explanation-incomplete");
                    assertThat(rejection.title()).contains("CPL-27.6");
                    assertThat(rejection.fields()).extracting(Rejection.Field::name).containsExactlyInAnyOrderElementsOf(missing);
                });
        assertThat(activity.status()).isEqualTo(ActivityStatus.DRAFT);
    }

    @Test
    @DisplayName("CPL-27.6: the possible risks and the conditions of safe use are kept as two texts; with both in kk and ru, English optional, the activity is published")
    void ai_activity_with_risks_and_safe_use_is_published_with_both_texts() {
        LocalizedText risks = new LocalizedText("Модель қателесуі мүмкін", "Модель может ошибаться", null);
        LocalizedText safeUse = new LocalizedText("Нәтижені адам тексереді", "Результат проверяет человек", "A person checks the result");
        ProcessingActivity activity = ProcessingActivity.draft(aiDraft(risks, safeUse), 1, NOW);
        assertThat(activity.missingForPublication()).isEmpty();
        var event = activity.publish(NOW);
        assertThat(activity.status()).isEqualTo(ActivityStatus.ACTIVE);
        assertThat(event.aiSystemUsed()).isTrue();
        assertThat(activity.aiRisks()).isEqualTo(risks);
        assertThat(activity.aiSafeUse()).isEqualTo(safeUse);
        assertThat(activity.aiRisks().in("en")).isEqualTo("Модель может ошибаться");
        assertThat(activity.aiSafeUse().in("en")).isEqualTo("A person checks the result");
    }

    @Test
    @DisplayName("CPL-27.6: an activity in which no AI system takes part needs neither text")
    void activity_without_ai_needs_no_ai_texts() {
        ProcessingActivity activity = ProcessingActivity.draft(new ActivityDraft("050140001238", "a", "n", Texts.full("w"),
                Texts.full("c"), true, CONSENT, false, null, null, Texts.full("o"), Texts.full("p"), "k"), 1, NOW);
        assertThat(activity.missingForPublication()).isEmpty();
        assertThat(activity.publish(NOW).aiSystemUsed()).isFalse();
    }

    @Test
    @DisplayName("The two texts are part of the request: a retry with other conditions of safe use is not the same request")
    void risks_and_safe_use_are_both_in_the_request_fingerprint() {
        ActivityDraft first = aiDraft(Texts.full("r"), Texts.full("s"));
        ActivityDraft sameRisksOtherSafeUse = aiDraft(Texts.full("r"), Texts.full("other"));
        ActivityDraft swapped = aiDraft(Texts.full("s"), Texts.full("r"));
        ProcessingActivity activity = ProcessingActivity.draft(first, 1, NOW);
        assertThat(activity.sameRequestAs(aiDraft(Texts.full("r"), Texts.full("s")))).isTrue();
        assertThat(activity.sameRequestAs(sameRisksOtherSafeUse)).isFalse();
        assertThat(activity.sameRequestAs(swapped)).isFalse();
    }

    @Test
    @DisplayName("English is a courtesy: a draft without English texts can be published, and English readers get Russian")
    void english_is_optional() {
        LocalizedText kkRu = new LocalizedText("kk", "ru", null);
        ProcessingActivity activity = ProcessingActivity.draft(new ActivityDraft("050140001238", "a", "n", kkRu, kkRu,
                false, CONSENT, false, null, null, kkRu, kkRu, "k"), 1, NOW);
        activity.publish(NOW);
        assertThat(activity.procedure().in("en")).isEqualTo("ru");
    }

    @Test
    @DisplayName("A published version cannot be published again; a change is a new version")
    void published_version_is_immutable() {
        ProcessingActivity activity = ProcessingActivity.draft(Texts.draft("050140001238", "a", true, CONSENT, false, "k"), 1, NOW);
        activity.publish(NOW);
        assertThatThrownBy(() -> activity.publish(NOW)).isInstanceOfSatisfying(Rejection.class,
                rejection -> assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT));
    }
}
