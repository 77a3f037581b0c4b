package kz.kelisim.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.kit.inbox.Inbox;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.notification.Notice;
import kz.kelisim.notification.NoticeKind;
import kz.kelisim.notification.repository.NoticeRepository;

/**
 * Turns events into notices, exactly once per event, and serves each subject's inbox.
 */
@ApplicationScoped
public class NoticeService {

    static final String CONSUMER = "notification-service.consent-events";

    private final NoticeRepository notices;
    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public NoticeService(NoticeRepository notices, Inbox inbox, ObjectMapper mapper, Clock clock) {
        this.notices = notices;
        this.inbox = inbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Applies one event; returns false when it was already applied (a redelivery or a replay). */
    @Transactional
    public boolean apply(IncomingEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        if (ConsentGranted.TYPE.equals(event.type())) {
            ConsentGranted granted = event.dataAs(mapper, ConsentGranted.class);
            notices.persist(new Notice(granted.subjectRef(), event.id(), NoticeKind.CONSENT_GRANTED,
                    params(Map.of("operator", granted.operatorId(), "purpose", granted.purposeCode())), event.time()));
        }
        // Other event types carry nothing for the inbox yet; they are still recorded as processed.
        return true;
    }

    public List<Notice> inbox(String subjectRef, int limit) {
        return notices.listForSubject(subjectRef, limit);
    }

    @Transactional
    public Notice markRead(UUID id, String subjectRef) {
        Notice notice = notices.findForSubject(id, subjectRef).orElseThrow(() -> new ResourceNotFoundException("Notice", id));
        notice.markRead(clock.instant());
        return notice;
    }

    public JsonNode paramsOf(Notice notice) {
        try {
            return mapper.readTree(notice.params());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored params of notice " + notice.id() + " are not JSON", e);
        }
    }

    private String params(Map<String, String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
