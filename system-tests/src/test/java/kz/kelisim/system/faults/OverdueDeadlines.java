package kz.kelisim.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.notification.SlaBreachReported;

/**
 * Revocations and objections of one subject that the load never touches, whose legal deadlines a
 * scenario brings forward: the stop obligations of consent-service (PDL-8.7, 15 working days) and
 * the objection reviews of objection-service (PDL-19-1.2, 3 working days). Real deadlines are days
 * away, so a scenario moves their due time in the database, as time passing would; everything after
 * that (breach, event, regulator record, notice) is the suite's own doing.
 */
final class OverdueDeadlines {

    static final String SUBJECT = "daniyar";

    final Set<UUID> stop = new HashSet<>();
    final Set<UUID> review = new HashSet<>();

    private OverdueDeadlines() {
    }

    /** Files the revocations and objections, spread over the given number of instances, and records them in the ledger. */
    static OverdueDeadlines prepare(Fixture f, Ledger ledger, int revocations, int objections, int instances) {
        OverdueDeadlines overdue = new OverdueDeadlines();
        String iin = Auth.SUBJECTS.get(SUBJECT);
        Set<UUID> obligations = new HashSet<>();
        Set<UUID> filed = new HashSet<>();
        for (int i = 0; i < revocations; i++) {
            String key = "fault-" + f.suffix + "-overdue-" + i;
            var granted = f.setup.call("grant", "POST", Stack.url(Stack.CONSENT, 1 + i % instances) + "/api/v1/consents", f.token(Auth.BANK), key,
                    Fixture.grantBody(iin, f.purpose));
            Fixture.require(granted, 201, "overdue consent");
            UUID consentId = UUID.fromString(granted.body().get("id").asText());
            ledger.grants.put(key, new Ledger.Grant(key, consentId, iin));
            var revoked = f.setup.call("revoke", "POST", Stack.url(Stack.CONSENT, instances - i % instances) + "/api/v1/me/consents/" + consentId + "/revocation",
                    f.token(SUBJECT), null, null);
            Fixture.require(revoked, 201, "overdue revocation");
            Map<String, UUID> byParty = new HashMap<>();
            revoked.body().path("obligations").forEach(o -> byParty.put(o.get("partyId").asText(), UUID.fromString(o.get("id").asText())));
            ledger.revocations.put(consentId, new Ledger.Revocation(consentId, iin, byParty));
            obligations.addAll(byParty.values());
        }
        for (int i = 0; i < objections; i++) {
            String key = "fault-" + f.suffix + "-overdue-objection-" + i;
            var objected = f.setup.call("object", "POST", Stack.url(Stack.OBJECTION, 1 + i % instances) + "/api/v1/me/objections", f.token(SUBJECT), key,
                    "{\"activityId\":\"" + f.activityId + "\",\"remedy\":\"STOP_PROCESSING\",\"reason\":\"Нет согласия на такую обработку\"}");
            Fixture.require(objected, 201, "overdue objection");
            UUID objectionId = UUID.fromString(objected.body().get("id").asText());
            ledger.objections.put(key, new Ledger.Objection(key, objectionId, iin));
            filed.add(objectionId);
        }
        Db.rows(Db.CONSENT, "SELECT deadline_id FROM stop_obligation WHERE id = ANY(?)", new Db.Uuids(obligations))
                .forEach(r -> overdue.stop.add((UUID) r.get("deadline_id")));
        Db.rows(Db.OBJECTION, "SELECT deadline_id FROM objection WHERE id = ANY(?)", new Db.Uuids(filed))
                .forEach(r -> overdue.review.add((UUID) r.get("deadline_id")));
        assertThat(overdue.stop).hasSize(2 * revocations);
        assertThat(overdue.review).hasSize(objections);
        return overdue;
    }

    Set<UUID> all() {
        Set<UUID> all = new HashSet<>(stop);
        all.addAll(review);
        return all;
    }

    int size() {
        return stop.size() + review.size();
    }

    /**
     * Moves the due time of every deadline still OPEN to the database clock plus {@code offset}
     * (negative: already past); returns how many moved. Reminders are dropped: one planned for a
     * date after the new due time would mean nothing.
     */
    int dueIn(Duration offset) {
        String sql = "UPDATE deadline SET due_at = now() + make_interval(secs => ?), remind_at = NULL WHERE id = ANY(?) AND state = 'OPEN'";
        double seconds = offset.toMillis() / 1000.0;
        return Db.update(Db.CONSENT, sql, seconds, new Db.Uuids(stop)) + Db.update(Db.OBJECTION, sql, seconds, new Db.Uuids(review));
    }

    /** How many of the deadlines are due by the database clock. */
    long due() {
        String sql = "SELECT count(*) FROM deadline WHERE id = ANY(?) AND due_at <= now()";
        return Db.count(Db.CONSENT, sql, new Db.Uuids(stop)) + Db.count(Db.OBJECTION, sql, new Db.Uuids(review));
    }

    /** How many of the deadlines are in the given state. */
    long inState(String state) {
        String sql = "SELECT count(*) FROM deadline WHERE id = ANY(?) AND state = ?";
        return Db.count(Db.CONSENT, sql, new Db.Uuids(stop), state) + Db.count(Db.OBJECTION, sql, new Db.Uuids(review), state);
    }

    /** How many of the deadlines have their regulator record in notification-service. */
    long recordedForRegulators() {
        return Db.count(Db.NOTIFICATION, "SELECT count(DISTINCT deadline_id) FROM sla_breach WHERE deadline_id = ANY(?)", new Db.Uuids(all()));
    }

    /**
     * One DeadlineBreached per deadline, one regulator record and one SlaBreachReported per breach;
     * each deviation goes to the audit's problems. Returns how many deadlines were reported exactly once.
     */
    long checkReportedOnce(Audit audit) {
        Set<UUID> overdue = all();
        Map<String, Long> breachedEvents = audit.events().stream().filter(e -> DeadlineBreached.TYPE.equals(e.type()))
                .collect(Collectors.groupingBy(Audit.Event::deadlineId, Collectors.counting()));
        Map<UUID, Long> records = new HashMap<>();
        for (Map<String, Object> r : Db.rows(Db.NOTIFICATION, "SELECT deadline_id, count(*) AS n FROM sla_breach WHERE deadline_id = ANY(?) GROUP BY deadline_id",
                new Db.Uuids(overdue))) {
            records.put((UUID) r.get("deadline_id"), ((Number) r.get("n")).longValue());
        }
        Map<String, Long> reports = audit.events().stream().filter(e -> SlaBreachReported.TYPE.equals(e.type()))
                .collect(Collectors.groupingBy(Audit.Event::deadlineId, Collectors.counting()));
        long once = 0;
        for (UUID deadline : overdue) {
            long events = breachedEvents.getOrDefault(deadline.toString(), 0L);
            long stored = records.getOrDefault(deadline, 0L);
            long published = reports.getOrDefault(deadline.toString(), 0L);
            if (events == 1 && stored == 1 && published == 1) {
                once++;
            } else {
                audit.problems.add("deadline " + deadline + ": " + events + " DeadlineBreached, " + stored + " regulator records, "
                        + published + " SlaBreachReported (expected one each)");
            }
            // Doubled DeadlineBreached events are already counted by the audit; these are the reports.
            audit.duplicatesBy.merge("regulator reports of one breach", Math.max(0, stored - 1) + Math.max(0, published - 1), Long::sum);
        }
        return once;
    }
}
