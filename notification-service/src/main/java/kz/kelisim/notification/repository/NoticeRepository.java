package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.notification.Notice;

/**
 * Notices, always looked up by the subject's pseudonym.
 */
@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    public List<Notice> listForSubject(String subjectRef, int limit) {
        return find("subjectRef = ?1 order by createdAt desc, id", subjectRef).page(0, limit).list();
    }

    public Optional<Notice> findForSubject(UUID id, String subjectRef) {
        return find("id = ?1 and subjectRef = ?2", id, subjectRef).firstResultOptional();
    }
}
