package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kelisim.notification.AffectedSubject;
import kz.kelisim.notification.BreachSubject;
import kz.kelisim.notification.MailDelivery;
import kz.kelisim.notification.Notice;
import kz.kelisim.notification.repository.MailDeliveryRepository;
import kz.kelisim.notification.repository.NoticeRepository;

/**
 * How far each affected subject of an incident was notified (INF-7-2.10-1): the inbox notice, whether
 * it was read, and its e-mail. The regulator also sees the name and phone, to reach subjects
 * without an IIN; the IIN itself is always masked.
 */
@ApplicationScoped
public class SubjectStatuses {

    /**
     * One subject's notification status.
     *
     * @param inbox NOTIFIED, or NO_IIN when the subject cannot be reached through the inbox
     * @param email PENDING, DELIVERED, DEAD, or NO_ADDRESS
     */
    public record Status(int seq, String subjectRef, String iin, String fullName, String phone, String inbox,
                         boolean read, String email) {
    }

    private final BreachService breaches;
    private final NoticeRepository notices;
    private final MailDeliveryRepository mails;

    public SubjectStatuses(BreachService breaches, NoticeRepository notices, MailDeliveryRepository mails) {
        this.breaches = breaches;
        this.notices = notices;
        this.mails = mails;
    }

    public List<Status> of(UUID incidentId, int offset, int limit, boolean forRegulator) {
        List<BreachSubject> rows = breaches.subjectsOf(incidentId, offset, limit);
        List<UUID> noticeIds = rows.stream().map(BreachSubject::noticeId).filter(Objects::nonNull).toList();
        Map<UUID, Notice> byId = noticeIds.isEmpty() ? Map.of()
                : notices.list("id in ?1", noticeIds).stream().collect(Collectors.toMap(Notice::id, Function.identity()));
        Map<UUID, MailDelivery> mailByNotice = mails.forNotices(noticeIds);
        return rows.stream().map(row -> {
            AffectedSubject data = breaches.reveal(row);
            Notice notice = row.noticeId() == null ? null : byId.get(row.noticeId());
            MailDelivery mail = row.noticeId() == null ? null : mailByNotice.get(row.noticeId());
            return new Status(row.seq(), row.subjectRef(), data.maskedIin(),
                    forRegulator ? data.fullName() : null, forRegulator ? data.phone() : null,
                    notice == null ? "NO_IIN" : "NOTIFIED", notice != null && notice.readAt() != null,
                    mail == null ? "NO_ADDRESS" : mail.status().name());
        }).toList();
    }
}
