package kz.kelisim.consent.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.kelisim.consent.Purpose;

/**
 * Purpose versions, scoped by the operator that owns them.
 */
@ApplicationScoped
public class PurposeRepository implements PanacheRepositoryBase<Purpose, UUID> {

    public Optional<Purpose> current(String operatorId, String code) {
        return find("operatorId = ?1 and code = ?2 and current = true", operatorId, code).firstResultOptional();
    }

    /** The current versions of the operator's purposes with these codes, by code. */
    public Map<String, Purpose> currentByCode(String operatorId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return list("operatorId = ?1 and code in ?2 and current = true", operatorId, codes).stream()
                .collect(Collectors.toMap(Purpose::code, p -> p));
    }

    public Optional<Purpose> version(String operatorId, String code, int version) {
        return find("operatorId = ?1 and code = ?2 and version = ?3", operatorId, code, version).firstResultOptional();
    }

    public List<Purpose> currentOf(String operatorId) {
        return list("operatorId = ?1 and current = true order by code", operatorId);
    }

    public List<Purpose> versionsOf(String operatorId, String code) {
        return list("operatorId = ?1 and code = ?2 order by version", operatorId, code);
    }
}
