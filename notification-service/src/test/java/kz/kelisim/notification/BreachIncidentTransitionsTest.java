package kz.kelisim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.contracts.notification.BreachReported;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.kit.deadline.TrackedDeadline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The transitions of a {@link BreachIncident} (BRN-1): filed with the facts the authorised body needs,
 * then measured against its one-working-day deadline as BreachService does (opened at detection,
 * answered at the report), and announced without any subject's data.
 */
class BreachIncidentTransitionsTest {

    static final String BANK = "050140001238";
    /** Tuesday 15 December 2026, 15:00 in Almaty. */
    static final Instant DETECTED = Instant.parse("2026-12-15T10:00:00Z");
    /** 24:00 Almaty of Thursday 17 December: the next working day, Independence Day (16 December) skipped. */
    static final Instant DUE = Instant.parse("2026-12-17T19:00:00Z");
    static final BreachIncident.Facts FACTS = new BreachIncident.Facts(DETECTED, "Backup bucket left public",
            List.of("contact", "credit history"), "Bucket closed, keys rotated", "Ерлан Әбенов", "+77010000000", "dpo@bank.kz");

    @Test
    @DisplayName("BRN-1: a filed breach keeps what the authorised body is told, and is not yet measured against its deadline")
    void a_filed_breach_keeps_the_reported_facts_BRN_1() {
        Instant reported = Instant.parse("2026-12-16T06:00:00Z");

        BreachIncident incident = BreachIncident.file(BANK, "key-1", "hash-1", FACTS, reported);

        assertThat(incident.operatorId()).isEqualTo(BANK);
        assertThat(incident.requestHash()).isEqualTo("hash-1");
        assertThat(incident.detectedAt()).isEqualTo(DETECTED);
        assertThat(incident.reportedAt()).isEqualTo(reported);
        assertThat(incident.description()).isEqualTo("Backup bucket left public");
        assertThat(incident.dataCategories()).containsExactly("contact", "credit history");
        assertThat(incident.measures()).isEqualTo("Bucket closed, keys rotated");
        assertThat(incident.contactName()).isEqualTo("Ерлан Әбенов");
        assertThat(incident.contactPhone()).isEqualTo("+77010000000");
        assertThat(incident.contactEmail()).isEqualTo("dpo@bank.kz");
        assertThat(incident.dueAt()).isNull();
        assertThat(incident.reportState()).isNull();
        assertThat(incident.late()).isFalse();
    }

    @Test
    @DisplayName("BRN-1: the person responsible for processing is given only if there is one; a breach without a contact is filed")
    void the_contact_is_optional_BRN_1() {
        BreachIncident incident = BreachIncident.file(BANK, "key-2", "hash-2", new BreachIncident.Facts(DETECTED, "Laptop stolen",
                List.of("contact"), "Disk was encrypted; device wiped remotely", null, null, null), DETECTED.plusSeconds(3600));

        assertThat(incident.contactName()).isNull();
        assertThat(incident.contactPhone()).isNull();
        assertThat(incident.contactEmail()).isNull();
        assertThat(incident.dataCategories()).containsExactly("contact");
    }

    @Test
    @DisplayName("BRN-1: a report filed before 24:00 of the working day after detection is MET, and BreachReported says so without subject data")
    void a_report_within_one_working_day_is_met_BRN_1() {
        Instant reported = Instant.parse("2026-12-17T12:00:00Z");

        BreachIncident incident = reported(FACTS, reported);
        UUID eventId = UUID.randomUUID();
        BreachReported event = incident.reported(eventId, 3);

        assertThat(incident.dueAt()).isEqualTo(DUE);
        assertThat(incident.reportState()).isEqualTo("MET");
        assertThat(incident.late()).isFalse();
        assertThat(event.type()).isEqualTo(BreachReported.TYPE);
        assertThat(event.eventId()).isEqualTo(eventId);
        assertThat(event.incidentId()).isEqualTo(incident.id());
        assertThat(event.operatorId()).isEqualTo(BANK);
        // Keyed by the operator, not by any subject (the affected subjects stay encrypted in notification-service).
        assertThat(event.subjectRef()).isEqualTo(BANK);
        assertThat(event.detectedAt()).isEqualTo(DETECTED);
        assertThat(event.reportedAt()).isEqualTo(reported);
        assertThat(event.occurredAt()).isEqualTo(reported);
        assertThat(event.dueAt()).isEqualTo(DUE);
        assertThat(event.reportState()).isEqualTo("MET");
        assertThat(event.dataCategories()).containsExactly("contact", "credit history");
        assertThat(event.measures()).isEqualTo("Bucket closed, keys rotated");
        assertThat(event.affectedSubjects()).isEqualTo(3);
    }

    @ParameterizedTest(name = "detected {0}: due {1}")
    @DisplayName("BRN-1, CC-178..180: the report is due at 24:00 Almaty of the first working day after the Kazakhstan date of detection")
    @CsvSource({
            // Friday 4 December, 13:00 Almaty: the weekend is skipped, due Monday 7 December.
            "2026-12-04T08:00:00Z, 2026-12-07T19:00:00Z",
            // Monday 14 December 01:00 UTC is 06:00 Monday in Almaty: due Tuesday 15 December.
            "2026-12-14T01:00:00Z, 2026-12-15T19:00:00Z",
            // Monday 14 December 20:00 UTC is already Tuesday 01:00 in Almaty: Independence Day skipped, due Thursday 17 December.
            "2026-12-14T20:00:00Z, 2026-12-17T19:00:00Z",
    })
    void the_report_is_due_the_working_day_after_detection_BRN_1(Instant detected, Instant due) {
        BreachIncident incident = reported(new BreachIncident.Facts(detected, "Mailbox compromised", List.of("contact"),
                "Password reset", null, null, null), detected.plusSeconds(60));

        assertThat(incident.dueAt()).isEqualTo(due);
        assertThat(incident.reportState()).isEqualTo("MET");
    }

    @Test
    @DisplayName("BRN-1, CC-178..180: a report filed at 24:00 of the working day after detection, the due moment itself, is late")
    void a_report_at_the_due_moment_is_late_BRN_1() {
        BreachIncident incident = reported(FACTS, DUE);

        assertThat(incident.reportState()).isEqualTo("MET_LATE");
        assertThat(incident.late()).isTrue();
    }

    @Test
    @DisplayName("BRN-1: a report filed two working days after detection is recorded as MET_LATE, and BreachReported says it was late")
    void a_late_report_is_recorded_as_late_BRN_1() {
        Instant reported = Instant.parse("2026-12-18T06:00:00Z");

        BreachIncident incident = reported(FACTS, reported);

        assertThat(incident.dueAt()).isEqualTo(DUE);
        assertThat(incident.reportState()).isEqualTo("MET_LATE");
        assertThat(incident.late()).isTrue();
        assertThat(incident.reported(UUID.randomUUID(), 0).reportState()).isEqualTo("MET_LATE");
    }

    /** As BreachService.report: files the incident, opens the BRN-1 deadline at detection and answers it at the report. */
    private static BreachIncident reported(BreachIncident.Facts facts, Instant reportedAt) {
        BreachIncident incident = BreachIncident.file(BANK, "key", "hash", facts, reportedAt);
        TrackedDeadline deadline = TrackedDeadline.open(DeadlineKind.BREACH_REPORT, BANK, BANK, incident.id(), facts.detectedAt(),
                KazakhCalendar.official());
        DeadlineState state = deadline.answer(reportedAt);
        incident.answeredDeadline(deadline.dueAt(), state);
        return incident;
    }
}
