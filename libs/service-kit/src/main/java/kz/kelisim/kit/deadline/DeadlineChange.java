package kz.kelisim.kit.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One entry in a deadline's history: opened, reminded, recomputed, met, met late, breached.
 */
@Embeddable
public class DeadlineChange {

    @Column(name = "at")
    private Instant at;
    @Column(name = "change")
    private String change;
    @Column(name = "detail")
    private String detail;

    protected DeadlineChange() {
    }

    DeadlineChange(Instant at, String change, String detail) {
        this.at = at;
        this.change = change;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String change() {
        return change;
    }

    public String detail() {
        return detail;
    }
}
