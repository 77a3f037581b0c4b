package kz.kelisim.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import kz.kelisim.kit.problem.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
                Arguments.of("procedure.ru", new ActivityDraft("050140001238", "a", "n", noRu, Texts.full("c"), true, CONSENT, false, null, Texts.full("o"), Texts.full("p"), "k")),
                Arguments.of("consequences.kk", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), noKk, true, CONSENT, false, null, Texts.full("o"), Texts.full("p"), "k")),
                Arguments.of("howToObject.kk", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), Texts.full("c"), true, CONSENT, false, null, null, Texts.full("p"), "k")),
                Arguments.of("howToProtectRights.ru", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), Texts.full("c"), true, CONSENT, false, null, Texts.full("o"), noRu, "k")),
                Arguments.of("aiComponents.disclosure.kk", new ActivityDraft("050140001238", "a", "n", Texts.full("w"), Texts.full("c"), true, CONSENT, true, null, Texts.full("o"), Texts.full("p"), "k")));
    }

    @ParameterizedTest(name = "missing {0}")
    @MethodSource("incomplete")
    @DisplayName("PDL-19-1.2, CPL-27.6: a draft missing a required Kazakh or Russian text, or the AI disclosure, stays a DRAFT")
    void incomplete_draft_is_not_published(String missingField, ActivityDraft draft) {
        ProcessingActivity activity = ProcessingActivity.draft(draft, 1, NOW);
        assertThat(activity.missingForPublication()).contains(missingField);
        assertThatThrownBy(() -> activity.publish(NOW)).isInstanceOf(ProblemException.class)
                .hasMessageContaining(missingField)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().type())
                        .isEqualTo("https://kelisim.kz/problems/pdl-19-1-2-explanation-incomplete"));
        assertThat(activity.status()).isEqualTo(ActivityStatus.DRAFT);
    }

    @Test
    @DisplayName("English is a courtesy: a draft without English texts can be published, and English readers get Russian")
    void english_is_optional() {
        LocalizedText kkRu = new LocalizedText("kk", "ru", null);
        ProcessingActivity activity = ProcessingActivity.draft(new ActivityDraft("050140001238", "a", "n", kkRu, kkRu,
                false, CONSENT, false, null, kkRu, kkRu, "k"), 1, NOW);
        activity.publish(NOW);
        assertThat(activity.procedure().in("en")).isEqualTo("ru");
    }

    @Test
    @DisplayName("A published version cannot be published again; a change is a new version")
    void published_version_is_immutable() {
        ProcessingActivity activity = ProcessingActivity.draft(Texts.draft("050140001238", "a", true, CONSENT, false, "k"), 1, NOW);
        activity.publish(NOW);
        assertThatThrownBy(() -> activity.publish(NOW)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(409));
    }
}
