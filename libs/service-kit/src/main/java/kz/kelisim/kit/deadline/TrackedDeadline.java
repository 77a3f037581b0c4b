package kz.kelisim.kit.deadline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.kelisim.calendar.Deadline;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.deadline.DeadlineReminderDue;
import org.hibernate.annotations.BatchSize;

/**
 * A legal deadline owed by one party, counted in working days from its trigger (CC-178..180) and
 * due at 24:00 Asia/Almaty of its last working day. Its state machine decides; callers persist.
 */
@Entity
@Table(name = "deadline")
public class TrackedDeadline {

    @Id
    private UUID id;
    private String kind;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "aggregate_id")
    private UUID aggregateId;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "working_days")
    private int workingDays;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "remind_at")
    private Instant remindAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Enumerated(EnumType.STRING)
    private DeadlineState state;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;
    // A locked batch of deadlines (DeadlineScanner) loads all its histories in one query, not one per deadline.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 500)
    @CollectionTable(name = "deadline_history", joinColumns = @JoinColumn(name = "deadline_id"))
    @OrderColumn(name = "seq")
    private List<DeadlineChange> history = new ArrayList<>();

    protected TrackedDeadline() {
    }

    /** Opens a deadline of {@code workingDays} working days from {@code receivedAt}. */
    public static TrackedDeadline open(DeadlineKind kind, String ownerId, String subjectRef, UUID aggregateId,
                                       Instant receivedAt, KazakhCalendar calendar) {
        TrackedDeadline d = new TrackedDeadline();
        d.id = UUID.randomUUID();
        d.kind = kind.name();
        d.ownerId = ownerId;
        d.subjectRef = subjectRef;
        d.aggregateId = aggregateId;
        d.receivedAt = receivedAt;
        d.workingDays = kind.workingDays();
        d.state = DeadlineState.OPEN;
        Deadline due = d.schedule(calendar);
        d.record(receivedAt, "OPENED", d.workingDays + " working days, due " + due.dueDate() + " 24:00 Asia/Almaty"
                + (due.warnings().isEmpty() ? "" : "; " + String.join("; ", due.warnings())));
        return d;
    }

    /** The owing party answered at {@code at}: MET in time, MET_LATE after the due moment. */
    public DeadlineState answer(Instant at) {
        if (state != DeadlineState.OPEN && state != DeadlineState.BREACHED) {
            throw new IllegalStateException("Deadline " + id + " is " + state + " and cannot be answered again");
        }
        state = state == DeadlineState.OPEN && at.isBefore(dueAt) ? DeadlineState.MET : DeadlineState.MET_LATE;
        closedAt = at;
        record(at, state.name(), "answered at " + at);
        return state;
    }

    /** Marks an open deadline whose due moment has passed as breached, and returns the event. */
    public DeadlineBreached breach(Instant now, String topic) {
        if (state != DeadlineState.OPEN || now.isBefore(dueAt)) {
            throw new IllegalStateException("Deadline " + id + " is " + state + ", due " + dueAt + ": not breachable at " + now);
        }
        state = DeadlineState.BREACHED;
        record(now, "BREACHED", "no answer by " + dueAt);
        return new DeadlineBreached(UUID.randomUUID(), now, subjectRef, id, kind, ownerId, aggregateId, dueAt, topic);
    }

    /** Marks the reminder as sent and returns its event. */
    public DeadlineReminderDue remind(Instant now, String topic) {
        remindedAt = now;
        record(now, "REMINDED", "due " + dueAt);
        return new DeadlineReminderDue(UUID.randomUUID(), now, subjectRef, id, kind, ownerId, aggregateId, dueAt, topic);
    }

    /**
     * Recounts an open deadline after the calendar changed; the change is kept in the history.
     * Returns true when the due moment moved.
     */
    public boolean recompute(KazakhCalendar calendar, Instant now, String why) {
        if (state != DeadlineState.OPEN) {
            return false;
        }
        Instant before = dueAt;
        Deadline due = schedule(calendar);
        if (before.equals(dueAt)) {
            return false;
        }
        record(now, "RECOMPUTED", "due moved from " + before + " to " + dueAt + " (due date " + due.dueDate() + "): " + why);
        return true;
    }

    private Deadline schedule(KazakhCalendar calendar) {
        Deadline due = calendar.deadline(receivedAt, workingDays);
        dueAt = due.dueAt();
        remindAt = reminderFor(due, calendar);
        return due;
    }

    /** Start of the working day before the due date, but never before the trigger. */
    private Instant reminderFor(Deadline due, KazakhCalendar calendar) {
        var day = due.dueDate().minusDays(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        Instant start = KazakhTime.endOfDay(day.minusDays(1));
        return start.isAfter(receivedAt) ? start : null;
    }

    private void record(Instant at, String change, String detail) {
        history.add(new DeadlineChange(at, change, detail));
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String ownerId() {
        return ownerId;
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public int workingDays() {
        return workingDays;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant remindAt() {
        return remindAt;
    }

    public DeadlineState state() {
        return state;
    }

    public List<DeadlineChange> history() {
        return List.copyOf(history);
    }
}
