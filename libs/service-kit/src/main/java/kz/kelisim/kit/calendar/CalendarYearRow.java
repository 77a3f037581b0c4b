package kz.kelisim.kit.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A year of calendar data loaded at run time, stored in its text format.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYearRow {

    @Id
    private int year;
    private int version;
    private String data;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CalendarYearRow() {
    }

    public CalendarYearRow(int year, int version, String data, Instant updatedAt) {
        this.year = year;
        this.version = version;
        this.data = data;
        this.updatedAt = updatedAt;
    }

    void replace(int version, String data, Instant updatedAt) {
        this.version = version;
        this.data = data;
        this.updatedAt = updatedAt;
    }

    public int year() {
        return year;
    }

    public int version() {
        return version;
    }

    public String data() {
        return data;
    }
}
