package kz.kelisim.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.Sha256;

/**
 * One version of an operator's purpose (PDL-7.8); a consent points at the version its subject saw,
 * so changing the text makes a new version and never rewrites an old one.
 */
@Entity
@Table(name = "purpose")
public class Purpose {

    @Id
    private UUID id;
    @Column(name = "operator_id")
    private String operatorId;
    private String code;
    private int version;
    private String definition;
    private String fingerprint;
    private boolean current;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Purpose() {
    }

    /** Checks the purpose against the law and makes its first or next version. */
    public static Purpose register(String operatorId, String code, PurposeDefinition definition, int version, Instant now) {
        PurposeRule.enforce(definition);
        Purpose p = new Purpose();
        p.id = UUID.randomUUID();
        p.operatorId = operatorId;
        p.code = code;
        p.version = version;
        p.definition = JsonColumn.write(definition);
        p.fingerprint = fingerprintOf(definition);
        p.current = true;
        p.createdAt = now;
        return p;
    }

    public boolean sameDefinitionAs(PurposeDefinition other) {
        return fingerprint.equals(fingerprintOf(other));
    }

    /** A newer version replaced this one; consents given under it keep pointing here. */
    public void supersede() {
        current = false;
    }

    static String fingerprintOf(PurposeDefinition definition) {
        return Sha256.hex(JsonColumn.write(definition));
    }

    public UUID id() {
        return id;
    }

    public String operatorId() {
        return operatorId;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public boolean current() {
        return current;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PurposeDefinition definition() {
        return JsonColumn.read(definition, PurposeDefinition.class);
    }
}
