-- Objections to automated processing (PDL-19-1.2) with their 3-working-day review deadline, a row
-- in the kit's deadline table (PDL-19-1.3), and appeals to the regulator.
CREATE TABLE objection (
    id                  UUID PRIMARY KEY,
    operator_id         VARCHAR(12)   NOT NULL,
    subject_iin         VARCHAR(12)   NOT NULL,
    subject_ref         VARCHAR(64)   NOT NULL,
    activity_id         UUID          NOT NULL REFERENCES processing_activity (id),
    activity_code       VARCHAR(100)  NOT NULL,
    decision_id         UUID REFERENCES automated_decision (id),
    remedy              VARCHAR(30)   NOT NULL,
    reason              VARCHAR(4000) NOT NULL,
    received_at         TIMESTAMPTZ   NOT NULL,
    deadline_id         UUID          NOT NULL REFERENCES deadline (id),
    due_at              TIMESTAMPTZ   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    resolved_at         TIMESTAMPTZ,
    reviewed_by         VARCHAR(200),
    resolved_by_account VARCHAR(200),
    explanation_kk      TEXT,
    explanation_ru      TEXT,
    explanation_en      TEXT,
    idempotency_key     VARCHAR(200)  NOT NULL,
    request_fingerprint VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT objection_idempotency UNIQUE (subject_ref, idempotency_key)
);
CREATE INDEX objection_queue ON objection (operator_id, status, due_at);
CREATE INDEX objection_subject ON objection (subject_ref, received_at DESC);
CREATE INDEX objection_stop ON objection (subject_ref, operator_id, activity_code) WHERE remedy = 'STOP_PROCESSING';

CREATE TABLE appeal (
    id             UUID PRIMARY KEY,
    objection_id   UUID          NOT NULL UNIQUE REFERENCES objection (id),
    operator_id    VARCHAR(12)   NOT NULL,
    subject_ref    VARCHAR(64)   NOT NULL,
    grounds        VARCHAR(4000) NOT NULL,
    appealed_at    TIMESTAMPTZ   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    outcome        VARCHAR(20),
    explanation_kk TEXT,
    explanation_ru TEXT,
    explanation_en TEXT,
    decided_by     VARCHAR(200),
    decided_at     TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX appeal_queue ON appeal (status, appealed_at);
