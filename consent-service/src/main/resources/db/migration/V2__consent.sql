-- Consents recorded by operators. The raw IIN stays in this service's database; events carry
-- only the subject's pseudonym (subject_ref).
CREATE TABLE consent (
    id                  UUID PRIMARY KEY,
    operator_id         VARCHAR(12)  NOT NULL,
    subject_iin         VARCHAR(12)  NOT NULL,
    subject_ref         VARCHAR(64)  NOT NULL,
    purpose_code        VARCHAR(100) NOT NULL,
    granted_at          TIMESTAMPTZ  NOT NULL,
    valid_until         TIMESTAMPTZ,
    idempotency_key     VARCHAR(200) NOT NULL,
    request_fingerprint VARCHAR(64)  NOT NULL,
    CONSTRAINT consent_idempotency UNIQUE (operator_id, idempotency_key)
);
CREATE INDEX consent_subject ON consent (subject_iin);
CREATE INDEX consent_operator_subject_purpose ON consent (operator_id, subject_iin, purpose_code);
