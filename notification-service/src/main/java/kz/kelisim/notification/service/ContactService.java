package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.notification.SubjectContact;
import kz.kelisim.notification.repository.ContactRepository;

/**
 * A subject's contact for notices: the e-mail address and the language, set by the subject, and
 * seeded once from the identity provider's e-mail claim when the subject first opens the inbox.
 */
@ApplicationScoped
public class ContactService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final ContactRepository contacts;
    private final Clock clock;

    public ContactService(ContactRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    public Optional<SubjectContact> of(String subjectRef) {
        return contacts.findByIdOptional(subjectRef);
    }

    /** Sets the contact; a null or blank e-mail means "no e-mail, inbox only" (LAW.md "Languages": kk, ru or en). */
    @Transactional
    public SubjectContact set(String subjectRef, String email, String language) {
        String address = email == null || email.isBlank() ? null : email.trim();
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw InvalidInputException.field("email", "is not an e-mail address");
        }
        String lang = language == null || language.isBlank() ? NoticeRenderer.DEFAULT_LANGUAGE : language;
        if (!NoticeRenderer.LANGUAGES.contains(lang)) {
            throw InvalidInputException.field("language", "must be one of " + NoticeRenderer.LANGUAGES);
        }
        SubjectContact contact = contacts.findById(subjectRef);
        if (contact == null) {
            contact = new SubjectContact(subjectRef, address, lang, SubjectContact.Source.SUBJECT, clock.instant());
            contacts.persist(contact);
        } else {
            contact.update(address, lang, SubjectContact.Source.SUBJECT, clock.instant());
        }
        return contact;
    }

    /** Seeds the contact from the token's e-mail claim, only when the subject has none yet. */
    @Transactional
    public void seed(String subjectRef, String email, String language) {
        if (email == null || !EMAIL.matcher(email).matches() || contacts.findById(subjectRef) != null) {
            return;
        }
        contacts.getEntityManager().createNativeQuery("""
                        INSERT INTO subject_contact (subject_ref, email, language, source, updated_at)
                        VALUES (?1, ?2, ?3, 'IDENTITY_PROVIDER', ?4) ON CONFLICT (subject_ref) DO NOTHING""")
                .setParameter(1, subjectRef).setParameter(2, email).setParameter(3, language)
                .setParameter(4, clock.instant()).executeUpdate();
    }
}
