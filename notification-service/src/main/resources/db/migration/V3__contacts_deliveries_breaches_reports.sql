-- A subject's contact for e-mail notices, set by the subject; known by pseudonym only.
CREATE TABLE subject_contact (
    subject_ref VARCHAR(64) PRIMARY KEY,
    email       VARCHAR(254),
    language    VARCHAR(2)   NOT NULL,
    source      VARCHAR(20)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);

-- One e-mail per notice at most (the notice is one per event); retried with backoff until sent or given up.
CREATE TABLE mail_delivery (
    id              UUID PRIMARY KEY,
    notice_id       UUID         NOT NULL UNIQUE REFERENCES notice (id),
    subject_ref     VARCHAR(64)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX mail_delivery_due ON mail_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_delivery_subject ON mail_delivery (subject_ref);

-- Endpoints that receive signed webhooks (Standard Webhooks): an operator's, or the regulator's.
CREATE TABLE webhook_endpoint (
    id          UUID PRIMARY KEY,
    owner_id    VARCHAR(20)   NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    event_types TEXT          NOT NULL,
    secret_enc  BYTEA         NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    active      BOOLEAN       NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    UNIQUE (owner_id, idempotency_key)
);
CREATE INDEX webhook_endpoint_owner ON webhook_endpoint (owner_id) WHERE active;

-- One delivery per endpoint and event; its id is the webhook-id, stable across retries.
CREATE TABLE webhook_delivery (
    id               UUID PRIMARY KEY,
    endpoint_id      UUID         NOT NULL REFERENCES webhook_endpoint (id),
    owner_id         VARCHAR(20)  NOT NULL,
    event_id         UUID         NOT NULL,
    event_type       VARCHAR(150) NOT NULL,
    payload          TEXT         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    round_start      INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    last_status_code INT,
    last_error       TEXT,
    created_at       TIMESTAMPTZ  NOT NULL,
    delivered_at     TIMESTAMPTZ,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_owner ON webhook_delivery (owner_id, created_at DESC);

-- The delivery log of both channels: every attempt, its outcome and when it happened.
CREATE TABLE delivery_attempt (
    id          UUID PRIMARY KEY,
    channel     VARCHAR(10)  NOT NULL,
    delivery_id UUID         NOT NULL,
    attempt     INT          NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    detail      TEXT,
    UNIQUE (channel, delivery_id, attempt)
);

-- Breach incidents reported by operators (BRN-1).
CREATE TABLE breach_incident (
    id               UUID PRIMARY KEY,
    operator_id      VARCHAR(12)   NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    detected_at      TIMESTAMPTZ   NOT NULL,
    reported_at      TIMESTAMPTZ   NOT NULL,
    due_at           TIMESTAMPTZ   NOT NULL,
    report_state     VARCHAR(20)   NOT NULL,
    description      TEXT          NOT NULL,
    data_categories  TEXT          NOT NULL,
    measures         TEXT          NOT NULL,
    contact_name     VARCHAR(300),
    contact_phone    VARCHAR(50),
    contact_email    VARCHAR(254),
    UNIQUE (operator_id, idempotency_key)
);
CREATE INDEX breach_incident_reported ON breach_incident (reported_at DESC);

-- Affected subjects: IIN, name and phone are encrypted at rest (AES-GCM); only the pseudonym is in clear.
CREATE TABLE breach_subject (
    id          UUID PRIMARY KEY,
    incident_id UUID         NOT NULL REFERENCES breach_incident (id),
    seq         INT          NOT NULL,
    subject_ref VARCHAR(64),
    data_enc    BYTEA        NOT NULL,
    notice_id   UUID,
    added_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (incident_id, seq)
);
CREATE INDEX breach_subject_incident ON breach_subject (incident_id, seq);

-- Every missed deadline the regulators are told about, once per deadline.
CREATE TABLE sla_breach (
    id           UUID PRIMARY KEY,
    deadline_id  UUID         NOT NULL UNIQUE,
    kind         VARCHAR(40)  NOT NULL,
    operator_id  VARCHAR(12)  NOT NULL,
    subject_ref  VARCHAR(64)  NOT NULL,
    aggregate_id UUID         NOT NULL,
    due_at       TIMESTAMPTZ  NOT NULL,
    breached_at  TIMESTAMPTZ  NOT NULL,
    source_topic VARCHAR(100) NOT NULL
);
CREATE INDEX sla_breach_filter ON sla_breach (operator_id, kind, breached_at);
CREATE INDEX sla_breach_time ON sla_breach (breached_at);

-- Every legal deadline of every service as the events describe it, for the regulators' daily report.
CREATE TABLE deadline_fact (
    aggregate_id UUID         NOT NULL,
    party_id     VARCHAR(12)  NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    received_at  TIMESTAMPTZ,
    due_at       TIMESTAMPTZ  NOT NULL,
    answered_at  TIMESTAMPTZ,
    state        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (aggregate_id, party_id)
);
CREATE INDEX deadline_fact_due ON deadline_fact (due_at);

-- Consents with a term, so the subject can be told before it ends.
CREATE TABLE consent_expiry_watch (
    consent_id  UUID PRIMARY KEY,
    subject_ref VARCHAR(64)  NOT NULL,
    operator_id VARCHAR(12)  NOT NULL,
    purpose     VARCHAR(200) NOT NULL,
    valid_until TIMESTAMPTZ  NOT NULL,
    notify_at   TIMESTAMPTZ  NOT NULL,
    notified_at TIMESTAMPTZ
);
CREATE INDEX consent_expiry_due ON consent_expiry_watch (notify_at) WHERE notified_at IS NULL;
