package kz.kelisim.consent;

import java.util.Optional;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.kit.domain.Rejection;

/**
 * The rules of PDL-8.7 a reasoned refusal to stop processing must pass before it is recorded. A
 * party may refuse only where the legislation (any normative legal act, not only a law) requires
 * keeping or processing the data, so the refusal names that act; and it gives its reasons in Kazakh
 * and Russian. Each refusal by a rule is a 422 whose problem type names the clause. The form of each
 * field (a kind the product knows, an ISO date, a reference in numbers) is the REST layer's 400.
 */
public enum RefusalRule {

    /** PDL-8.7: the refusal names the normative legal act, and the article of it, that requires keeping the data. */
    NAMES_THE_LEGISLATION("pdl-8-7-refusal-without-legislation",
            "A refusal must name the legislation that requires keeping the data (PDL-8.7)") {
        @Override
        Optional<String> violation(LegalAct act, LocalizedText reasons) {
            return act == null || act.kind() == null || !LocalizedText.present(act.article())
                    ? Optional.of("A party may refuse to stop processing only where legislation requires keeping or "
                            + "processing the data: name the normative legal act in legalAct, with its kind, number, "
                            + "date and article")
                    : Optional.empty();
        }
    },

    /** PDL-8.7: the refusal is reasoned, in Kazakh and in Russian (English is optional). */
    REASONED_IN_KAZAKH_AND_RUSSIAN("pdl-8-7-refusal-reasons-required",
            "A refusal must be reasoned in Kazakh and Russian (PDL-8.7)") {
        @Override
        Optional<String> violation(LegalAct act, LocalizedText reasons) {
            return reasons == null || !LocalizedText.present(reasons.kk()) || !LocalizedText.present(reasons.ru())
                    ? Optional.of("Give the reasons in reasons.kk and reasons.ru (reasons.en is recommended)")
                    : Optional.empty();
        }
    };

    private final String slug;
    private final String title;

    RefusalRule(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    abstract Optional<String> violation(LegalAct act, LocalizedText reasons);

    /** Applies every rule in order; the first broken one is refused with its clause. */
    static void enforce(LegalAct act, LocalizedText reasons) {
        for (RefusalRule rule : values()) {
            Optional<String> violation = rule.violation(act, reasons);
            if (violation.isPresent()) {
                throw Rejection.rule(rule.slug, rule.title, violation.get());
            }
        }
    }

    public String slug() {
        return slug;
    }
}
