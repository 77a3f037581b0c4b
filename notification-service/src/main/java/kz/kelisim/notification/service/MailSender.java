package kz.kelisim.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import kz.kelisim.notification.DeliveryAttempt;
import kz.kelisim.notification.MailDelivery;
import kz.kelisim.notification.Notice;
import kz.kelisim.notification.RetryPolicy;
import kz.kelisim.notification.config.DeliveryConfig;
import kz.kelisim.notification.repository.AttemptRepository;
import kz.kelisim.notification.repository.MailDeliveryRepository;
import kz.kelisim.notification.repository.NoticeRepository;
import org.jboss.logging.Logger;

/**
 * Sends queued notice e-mails over SMTP in the subject's language (LAW.md "Languages"), logs every
 * attempt and retries failures with backoff and jitter. Due rows are locked with SKIP LOCKED, so
 * several instances never send the same e-mail; its Message-ID is derived from the notice, so a
 * receiver can drop the copy a crash between sending and committing could cause.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final MailDeliveryRepository deliveries;
    private final NoticeRepository notices;
    private final AttemptRepository attempts;
    private final NoticeService noticeService;
    private final NoticeRenderer renderer;
    private final Mailer mailer;
    private final DeliveryConfig config;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();

    public MailSender(MailDeliveryRepository deliveries, NoticeRepository notices, AttemptRepository attempts,
                      NoticeService noticeService, NoticeRenderer renderer, Mailer mailer, DeliveryConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.notices = notices;
        this.attempts = attempts;
        this.noticeService = noticeService;
        this.renderer = renderer;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${kelisim.senders.mail-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            while (sendDue(clock.instant()) == config.batchSize()) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            LOG.warnf("Mail sending paused, will retry: %s", e.getMessage());
        }
    }

    /** Sends one batch of due e-mails; returns how many were attempted. */
    public int sendDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<MailDelivery> due = deliveries.lockDue(now, config.batchSize());
            for (MailDelivery delivery : due) {
                attempts.persist(send(delivery));
            }
            return due.size();
        });
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
