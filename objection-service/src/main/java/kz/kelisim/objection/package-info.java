/**
 * objection-service: explanations of automated processing (PDL-19-1.2), the ban on automated
 * decisions without a lawful basis (PDL-19-1.1) and objections reviewed within three working days
 * (PDL-19-1.3). This release holds the service's spine: its database, outbox relay, health, metrics
 * and OpenAPI; the objection workflow comes next.
 */
package kz.kelisim.objection;
