package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An operator's profile from consent-service's directory, as the portal shows it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OperatorProfile(String bin, Localized name, Localized description, String legalAddress, String privacyNoticeUrl) {
}
