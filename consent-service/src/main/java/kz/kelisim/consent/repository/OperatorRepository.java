package kz.kelisim.consent.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.consent.Operator;

/**
 * Operator profiles, one per BIN.
 */
@ApplicationScoped
public class OperatorRepository implements PanacheRepositoryBase<Operator, UUID> {

    public Optional<Operator> byBin(String bin) {
        return find("bin", bin).firstResultOptional();
    }

    /** The profile locked for a correction, so two corrections never take the same version. */
    public Optional<Operator> byBinForUpdate(String bin) {
        return find("bin", bin).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Operator> all() {
        return list("order by bin");
    }
}
