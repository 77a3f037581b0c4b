package kz.kelisim.consent.rest;

import java.time.Instant;
import kz.kelisim.consent.Operator;
import kz.kelisim.consent.OperatorDetails;
import kz.kelisim.contracts.operator.OperatorNames;
import kz.kelisim.contracts.operator.ResponsiblePerson;
import kz.kelisim.contracts.operator.Trilingual;

/**
 * An operator's profile as the API shows it, with its display name in the reader's language.
 *
 * @param displayName the name with the BIN beside it, such as "Demo Bank (BIN 050140001238)"
 */
public record OperatorView(String bin, int version, String displayName, Trilingual name, Trilingual description,
        String legalAddress, ResponsiblePerson responsible, String privacyNoticeUrl, Instant updatedAt) {

    static OperatorView of(Operator o, String language) {
        OperatorDetails d = o.details();
        return new OperatorView(o.bin(), o.version(), OperatorNames.display(o.bin(), d.name(), language), d.name(),
                d.description(), d.legalAddress(), d.responsible(), d.privacyNoticeUrl(), o.updatedAt());
    }
}
