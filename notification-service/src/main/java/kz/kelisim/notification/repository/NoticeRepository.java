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

    /** Newest first; {@code unread} true keeps unread ones only, false read ones only, null all. */
    public List<Notice> listForSubject(String subjectRef, int limit, Boolean unread) {
        String filter = unread == null ? "" : unread ? " and readAt is null" : " and readAt is not null";
        return find("subjectRef = ?1" + filter + " order by createdAt desc, id", subjectRef).page(0, limit).list();
    }

    public Optional<Notice> findForSubject(UUID id, String subjectRef) {
        return find("id = ?1 and subjectRef = ?2", id, subjectRef).firstResultOptional();
    }
}
