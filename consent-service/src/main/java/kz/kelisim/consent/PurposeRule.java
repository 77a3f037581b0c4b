package kz.kelisim.consent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import kz.kelisim.kit.domain.Rejection;

/**
 * The named rules of the law a purpose must pass before any consent can be recorded for it; each
 * refusal is a 422 whose problem type names the clause.
 */
public enum PurposeRule {

    /** PDL-7.8: the purpose is described concretely enough to be checked, in every language. */
    SPECIFIC_DESCRIPTION("pdl-7-8-purpose-not-specific", "Purpose is not specific (PDL-7.8)") {
        @Override
        Optional<String> violation(PurposeDefinition p) {
            LocalizedText d = p.description() == null ? new LocalizedText(null, null, null) : p.description();
            return Stream.of(d.kk(), d.ru(), d.en()).map(text -> text == null ? "" : text)
                    .filter(text -> text.strip().length() < MIN_CHARS || words(text) < MIN_WORDS)
                    .findFirst()
                    .map(text -> "The description '" + text.strip() + "' is too short to state a specific purpose: "
                            + "say what is done with which data and why, in at least " + MIN_WORDS + " words and "
                            + MIN_CHARS + " characters in kk, ru and en");
        }
    },

    /** PDL-7.8: a catch-all purpose ("any lawful purpose") is not a predetermined purpose. */
    NO_CATCH_ALL("pdl-7-8-purpose-not-specific", "Purpose is not specific (PDL-7.8)") {
        @Override
        Optional<String> violation(PurposeDefinition p) {
            return Stream.concat(languages(p.title()), languages(p.description()))
                    .flatMap(text -> CATCH_ALL.stream().filter(phrase -> lower(text).contains(phrase)))
                    .findFirst()
                    .map(phrase -> "'" + phrase + "' is a catch-all; a purpose must be specific and predetermined");
        }
    },

    /** PDL-7.11: no building or enlarging of databases by harvesting publicly available sources. */
    NO_PUBLIC_SOURCE_HARVESTING("pdl-7-11-public-source-harvesting", "Harvesting public sources into a database (PDL-7.11)") {
        @Override
        Optional<String> violation(PurposeDefinition p) {
            if (p.source() != DataSource.PUBLIC_SOURCES) {
                return Optional.empty();
            }
            return Stream.concat(languages(p.title()), languages(p.description()))
                    .flatMap(text -> DATABASE_BUILDING.stream().filter(term -> lower(text).contains(term)))
                    .findFirst()
                    .map(term -> "Collecting from publicly available sources to create or enlarge a database ('"
                            + term + "') is prohibited");
        }
    },

    /** PDL-7.12: biometric identification in public places without consent needs an enumerated public-interest ground. */
    PUBLIC_BIOMETRICS_NEED_GROUND("pdl-7-12-public-biometric-identification-without-ground",
            "Biometric identification in public places without a public-interest ground (PDL-7.12)") {
        @Override
        Optional<String> violation(PurposeDefinition p) {
            if (!p.identifiesBiometricallyInPublic() || p.legalBasis() == LegalBasis.CONSENT
                    || p.publicInterestGround() != null) {
                return Optional.empty();
            }
            return Optional.of("Without the subject's consent, biometric identification in public places is allowed only "
                    + "on one of the grounds " + List.of(PublicInterestGround.values()) + "; give publicInterestGround");
        }
    },

    /** CPL-27.6: when an AI system takes part, the subject is told about it in kk, ru and en. */
    AI_DISCLOSURE("cpl-27-6-ai-disclosure-required", "AI components must be disclosed (CPL-27.6)") {
        @Override
        Optional<String> violation(PurposeDefinition p) {
            return p.aiSystem() && (p.aiComponents() == null || !p.aiComponents().complete())
                    ? Optional.of("An AI system takes part, so aiComponents must describe it in kk, ru and en")
                    : Optional.empty();
        }
    },

    /**
     * PDL-17.3, INF-35.2-2: data sent to the national AI platform arrive depersonalised, so a transfer names
     * who depersonalises them: the operator before sending, or the platform's operator. A transfer that
     * names no one would send identifiable data with no one answerable for making them impersonal.
     */
    AI_PLATFORM_DEPERSONALISATION("pdl-17-3-depersonalisation-not-recorded",
            "Transfer to the national AI platform without a depersonaliser (PDL-17.3, INF-35.2-2)") {
        @Override
        Optional<String> violation(PurposeDefinition p) {
            return p.nationalAiPlatform() != null && p.nationalAiPlatform().depersonalisedBy() == null
                    ? Optional.of("The purpose sends data to the national AI platform, so nationalAiPlatform.depersonalisedBy "
                            + "must say who depersonalises them: OPERATOR (before sending) or PLATFORM_OPERATOR")
                    : Optional.empty();
        }
    };

    static final int MIN_CHARS = 40;
    static final int MIN_WORDS = 6;

    static final List<String> CATCH_ALL = List.of(
            "any purpose", "any lawful purpose", "any other purpose", "all purposes", "other purposes",
            "various purposes", "any business purpose", "and so on", "etc.",
            // Russian stems catch every case ending: "любых целей", "в любых целях", "любые цели".
            "любых цел", "любые цел", "любой цел", "иных цел", "иные цел", "прочих цел", "прочие цел",
            "различных цел", "и т.д.", "и т.п.",
            "кез келген мақсат", "өзге де мақсат", "басқа да мақсат", "т.б.");

    static final List<String> DATABASE_BUILDING = List.of(
            "database", "data set", "dataset", "scrap", "harvest", "crawl",
            "база данных", "базы данных", "базу данных", "баз данных", "парсинг", "сбор всех",
            "дерекқор", "деректер базасы", "деректер қоры");

    private final String slug;
    private final String title;

    PurposeRule(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    abstract Optional<String> violation(PurposeDefinition p);

    /** Applies every rule in order; the first broken one is refused with its clause. */
    public static void enforce(PurposeDefinition p) {
        for (PurposeRule rule : values()) {
            Optional<String> violation = rule.violation(p);
            if (violation.isPresent()) {
                throw Rejection.rule(rule.slug, rule.title, violation.get());
            }
        }
    }

    public String slug() {
        return slug;
    }

    private static Stream<String> languages(LocalizedText t) {
        return t == null ? Stream.empty() : Stream.of(t.kk(), t.ru(), t.en()).filter(LocalizedText::present);
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
