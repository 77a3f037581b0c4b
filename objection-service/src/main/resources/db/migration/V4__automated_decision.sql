-- Automated decisions about subjects (PDL-1.2-3) that passed the PDL-19-1.1 check. A refused
-- attempt is never stored here; only its AutomatedDecisionBlocked event goes to the outbox.
CREATE TABLE automated_decision (
    id                  UUID PRIMARY KEY,
    operator_id         VARCHAR(12)   NOT NULL,
    activity_id         UUID          NOT NULL REFERENCES processing_activity (id),
    activity_code       VARCHAR(100)  NOT NULL,
    subject_iin         VARCHAR(12)   NOT NULL,
    subject_ref         VARCHAR(64)   NOT NULL,
    outcome             VARCHAR(2000) NOT NULL,
    decided_at          TIMESTAMPTZ   NOT NULL,
    recorded_at         TIMESTAMPTZ   NOT NULL,
    legal_effect        BOOLEAN       NOT NULL,
    basis               VARCHAR(20)   NOT NULL,
    consent_id          UUID,
    law_reference       VARCHAR(500),
    reversed_at         TIMESTAMPTZ,
    idempotency_key     VARCHAR(200)  NOT NULL,
    request_fingerprint VARCHAR(64)   NOT NULL,
    CONSTRAINT decision_idempotency UNIQUE (operator_id, idempotency_key)
);
CREATE INDEX decision_subject ON automated_decision (subject_ref, decided_at DESC);
CREATE INDEX decision_operator ON automated_decision (operator_id, decided_at DESC);
