package kz.kelisim.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;
import kz.kelisim.kit.work.DueBatch;
import kz.kelisim.notification.DeliveryAttempt;
import kz.kelisim.notification.MailDelivery;
import kz.kelisim.notification.Notice;
import kz.kelisim.notification.RetryPolicy;
import kz.kelisim.notification.config.DeliveryConfig;
import kz.kelisim.notification.repository.AttemptRepository;
import kz.kelisim.notification.repository.NoticeRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends queued notice e-mails over SMTP in the subject's language (LAW.md "Languages"), logs every
 * attempt and retries failures with backoff and jitter. Due deliveries are a {@link DueBatch}, run
 * every {@code kelisim.senders.mail-interval}: rows are locked with SKIP LOCKED, so several instances
 * never send the same e-mail, and a failed e-mail is recorded as a failed attempt while the others of
 * its batch are sent. Its Message-ID is derived from the notice, so a receiver can drop the copy a
 * crash between sending and committing could cause.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final NoticeRepository notices;
    private final AttemptRepository attempts;
    private final NoticeService noticeService;
    private final NoticeRenderer renderer;
    private final Mailer mailer;
    private final DeliveryConfig config;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final DueBatch<MailDelivery> due;

    public MailSender(EntityManager em, NoticeRepository notices, AttemptRepository attempts,
                      NoticeService noticeService, NoticeRenderer renderer, Mailer mailer, DeliveryConfig config, Clock clock,
                      @ConfigProperty(name = "kelisim.senders.mail-interval", defaultValue = "1s") String interval) {
        this.notices = notices;
        this.attempts = attempts;
        this.noticeService = noticeService;
        this.renderer = renderer;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.due = DueBatch.of(MailDelivery.class, em, clock)
                .named("mail-sender")
                .due("status = 'PENDING' AND next_attempt_at <= :now")
                .orderBy("next_attempt_at")
                .batchSize(config.batchSize())
                .every(interval)
                .forEach((delivery, now) -> attempts.persist(send(delivery)));
    }

    void start(@Observes StartupEvent startup) {
        due.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        due.stop();
    }

    /** Sends the e-mails due at {@code now}, batch after batch while they come back full; returns how many were attempted. */
    public int sendDue(Instant now) {
        return due.drain(now);
    }

    private DeliveryAttempt send(MailDelivery delivery) {
        Notice notice = notices.findById(delivery.noticeId());
        NoticeRenderer.Text text = renderer.render(notice, noticeService.paramsOf(notice), delivery.language());
        Mail mail = Mail.withText(delivery.recipient(), text.title(),
                        text.body() + "\n\n--\n" + renderer.mailFooter(delivery.language()))
                .addHeader("Message-ID", "<" + notice.id() + "@notices.kelisim.kz>")
                .addHeader("Content-Language", delivery.language());
        try {
            mailer.send(mail);
            return delivery.sent(clock.instant());
        } catch (RuntimeException e) {
            // The address is personal data: the log names the delivery, never the recipient.
            LOG.infof("E-mail %s failed (attempt %d): %s", delivery.id(), delivery.attempts() + 1, e.getClass().getSimpleName());
            return delivery.failed(clock.instant(), rootMessage(e), policy(), random);
        }
    }

    private RetryPolicy policy() {
        DeliveryConfig.Retry r = config.mail();
        return new RetryPolicy(r.base(), r.cap(), r.maxAttempts());
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
