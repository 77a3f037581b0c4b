package kz.kelisim.contracts.operator;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * An operator's or third party's profile was created or corrected; every service keeps the newest
 * version in its directory, so it can show a name instead of a bare BIN. Published on the
 * compacted topic {@code operator-profiles}, keyed by BIN, so the latest profile of every operator
 * is always there.
 *
 * @param bin the organisation's BIN (ID-1)
 * @param version 1 for the first profile, one more for every change
 * @param responsible the person responsible for organising personal-data processing (BRN-1)
 */
public record OperatorProfilePublished(
        UUID eventId,
        Instant occurredAt,
        String bin,
        int version,
        Trilingual name,
        Trilingual description,
        String legalAddress,
        ResponsiblePerson responsible,
        String privacyNoticeUrl) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.operator.profile-published.v1";

    /** A profile concerns no subject; the BIN is the key that compaction keeps. */
    @Override
    public String subjectRef() {
        return bin;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OPERATOR_PROFILES;
    }
}
