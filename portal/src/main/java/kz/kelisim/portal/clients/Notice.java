package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A notice from the subject's inbox, already in the page language.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notice(UUID id, String kind, String title, String body, Instant createdAt, boolean read) {
}
