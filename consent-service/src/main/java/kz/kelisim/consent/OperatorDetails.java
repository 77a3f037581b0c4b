package kz.kelisim.consent;

import kz.kelisim.contracts.operator.ResponsiblePerson;
import kz.kelisim.contracts.operator.Trilingual;

/**
 * What an operator's profile says about it: its name and a short description in kk, ru and en,
 * its legal address, the person responsible for organising personal-data processing (BRN-1) and
 * its privacy notice.
 */
public record OperatorDetails(Trilingual name, Trilingual description, String legalAddress,
        ResponsiblePerson responsible, String privacyNoticeUrl) {
}
