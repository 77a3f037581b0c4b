package kz.kelisim.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.notification.MailDelivery;
import kz.kelisim.notification.Notice;
import kz.kelisim.notification.NoticeKind;
import kz.kelisim.notification.SubjectContact;
import kz.kelisim.notification.repository.ContactRepository;
import kz.kelisim.notification.repository.MailDeliveryRepository;
import kz.kelisim.notification.repository.NoticeRepository;

/**
 * Puts notices in subjects' inboxes, one per event, with one e-mail each when the subject has an
 * address, and serves each subject's inbox.
 */
@ApplicationScoped
public class NoticeService {

    private final NoticeRepository notices;
    private final ContactRepository contacts;
    private final MailDeliveryRepository mails;
    private final ObjectMapper mapper;
    private final Clock clock;

    public NoticeService(NoticeRepository notices, ContactRepository contacts, MailDeliveryRepository mails,
                         ObjectMapper mapper, Clock clock) {
        this.notices = notices;
        this.contacts = contacts;
        this.mails = mails;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Adds a notice unless one exists for this event already, and queues its e-mail in the same
     * transaction, so an event yields at most one notice and one e-mail however often it arrives.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice post(String subjectRef, UUID eventId, NoticeKind kind, Map<String, ?> params, Instant at) {
        Optional<Notice> existing = notices.find("eventId", eventId).firstResultOptional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Notice notice = new Notice(subjectRef, eventId, kind, json(params), at);
        notices.persist(notice);
        SubjectContact contact = contacts.findById(subjectRef);
        if (contact != null && contact.hasEmail()) {
            mails.persist(new MailDelivery(notice, contact.email(), contact.language(), clock.instant()));
        }
        return notice;
    }

    public List<Notice> inbox(String subjectRef, int limit, Boolean unread) {
        return notices.listForSubject(subjectRef, limit, unread);
    }

    public long unreadCount(String subjectRef) {
        return notices.count("subjectRef = ?1 and readAt is null", subjectRef);
    }

    public Map<UUID, MailDelivery> mailsOf(List<Notice> list) {
        return mails.forNotices(list.stream().map(Notice::id).toList());
    }

    @Transactional
    public Notice markRead(UUID id, String subjectRef) {
        Notice notice = notices.findForSubject(id, subjectRef).orElseThrow(() -> new ResourceNotFoundException("Notice", id));
        notice.markRead(clock.instant());
        return notice;
    }

    @Transactional
    public int markAllRead(String subjectRef) {
        return notices.update("readAt = ?1 where subjectRef = ?2 and readAt is null", clock.instant(), subjectRef);
    }

    public JsonNode paramsOf(Notice notice) {
        try {
            return mapper.readTree(notice.params());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored params of notice " + notice.id() + " are not JSON", e);
        }
    }

    private String json(Map<String, ?> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
