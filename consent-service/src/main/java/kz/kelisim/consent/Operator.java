package kz.kelisim.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.contracts.operator.OperatorProfilePublished;

/**
 * The profile of an operator or third party, keyed by its BIN (ID-1); subjects and the regulator
 * read its name instead of a bare number. Each change is a new version, published to every service.
 */
@Entity
@Table(name = "operator")
public class Operator {

    @Id
    private UUID id;
    private String bin;
    private int version;
    private String profile;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Operator() {
    }

    /** A new profile and the event that tells every service about it. */
    public static Operator create(String bin, OperatorDetails details, Instant now) {
        Operator o = new Operator();
        o.id = UUID.randomUUID();
        o.bin = bin;
        o.version = 1;
        o.profile = JsonColumn.write(details);
        o.createdAt = now;
        o.updatedAt = now;
        return o;
    }

    /**
     * Corrects the profile: the event of its next version, or nothing when the details are the same,
     * so a repeated PUT changes nothing.
     */
    public Optional<OperatorProfilePublished> correct(OperatorDetails details, Instant now) {
        if (Objects.equals(details(), details)) {
            return Optional.empty();
        }
        profile = JsonColumn.write(details);
        updatedAt = now;
        version++;
        return Optional.of(published(now));
    }

    /** The event of the current version. */
    public OperatorProfilePublished published(Instant now) {
        OperatorDetails d = details();
        return new OperatorProfilePublished(UUID.randomUUID(), now, bin, version, d.name(), d.description(),
                d.legalAddress(), d.responsible(), d.privacyNoticeUrl());
    }

    public UUID id() {
        return id;
    }

    public String bin() {
        return bin;
    }

    public int version() {
        return version;
    }

    public OperatorDetails details() {
        return JsonColumn.read(profile, OperatorDetails.class);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
