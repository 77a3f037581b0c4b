package kz.kelisim.consent;

/**
 * A law or contract that allows a consent term beyond the purpose's maximum (PDL-8.5 "unless a law or a contract says otherwise").
 */
public record TermBasis(LegalBasis basis, String reference) {
}
