package kz.kelisim.notification.rest;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.notification.NoticeKind;

/**
 * A notice as the subject reads it, in one language, with the state of its e-mail.
 *
 * @param email PENDING, DELIVERED or DEAD; null when no e-mail was due (no address at the time)
 */
public record NoticeView(UUID id, NoticeKind kind, String language, String title, String body, Instant createdAt,
                         boolean read, String email) {
}
