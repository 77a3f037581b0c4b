-- This service's own view of consents, built from consent-events, to enforce PDL-19-1.1 without
-- calling consent-service. Subjects are known only by pseudonym. applied_at - occurred_at is the
-- projection's lag for that event.
CREATE TABLE consent_projection (
    consent_id   UUID PRIMARY KEY,
    subject_ref  VARCHAR(64)  NOT NULL,
    operator_id  VARCHAR(12)  NOT NULL,
    purpose_code VARCHAR(100) NOT NULL,
    granted_at   TIMESTAMPTZ,
    valid_until  TIMESTAMPTZ,
    ended_at     TIMESTAMPTZ,
    end_reason   VARCHAR(30),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    applied_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX consent_projection_lookup ON consent_projection (subject_ref, operator_id, purpose_code);
