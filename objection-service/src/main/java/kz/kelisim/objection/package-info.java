/**
 * objection-service: explanations of automated processing of personal data (PDL-1.2-3, PDL-19-1.2,
 * INF-36.6), the ban on automated decisions with legal effect without a lawful basis (PDL-19-1.1),
 * objections considered within three working days, and appeals to the regulator (PDL-19-1.3).
 * The domain types sit here; {@code rest}, {@code service}, {@code repository} and
 * {@code messaging} hold the adapters around them.
 */
package kz.kelisim.objection;
