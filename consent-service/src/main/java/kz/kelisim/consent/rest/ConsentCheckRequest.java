package kz.kelisim.consent.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/consent-checks}; POST keeps the IIN out of URLs and access logs.
 */
@Schema(example = "{\"subjectIin\":\"900515401230\",\"purposeCode\":\"loan-scoring\"}")
public record ConsentCheckRequest(String subjectIin, String purposeCode) {
}
