package kz.kelisim.kit.directory;

import kz.kelisim.contracts.operator.ResponsiblePerson;
import kz.kelisim.contracts.operator.Trilingual;

/**
 * An operator's profile as this service's directory holds it.
 */
public record OperatorProfile(String bin, int version, Trilingual name, Trilingual description, String legalAddress,
        ResponsiblePerson responsible, String privacyNoticeUrl) {
}
