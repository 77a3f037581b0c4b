package kz.kelisim.objection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The lawful basis an activity declares (PDL-19-1.1): CONSENT for one purpose code of the
 * operator's, or LAW with a reference to the act that provides for the processing.
 */
@Embeddable
public record LegalBasis(
        @Enumerated(EnumType.STRING) @Column(name = "basis_kind") BasisKind kind,
        @Column(name = "basis_purpose_code") String purposeCode,
        @Column(name = "basis_law_reference") String lawReference) {
}
