package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import kz.kelisim.notification.SubjectContact;

/**
 * Subjects' contacts, by pseudonym.
 */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<SubjectContact, String> {
}
