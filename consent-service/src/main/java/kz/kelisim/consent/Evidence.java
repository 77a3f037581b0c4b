package kz.kelisim.consent;

import java.time.Instant;

/**
 * How a consent was collected: the channel, the notice version and language shown, and when and how.
 */
public record Evidence(String channel, String noticeVersion, String language, Instant collectedAt, String method) {
}
