package kz.kelisim.consent;

/**
 * A category of personal data a purpose processes (PDL-1.2: biometric data is personal data).
 *
 * @param publicPlaceIdentification the data identifies people with technical means in public places (PDL-7.12)
 */
public record DataCategory(String name, boolean biometric, boolean publicPlaceIdentification) {
}
