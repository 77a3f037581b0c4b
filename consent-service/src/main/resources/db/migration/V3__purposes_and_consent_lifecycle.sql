-- Purposes, versioned (PDL-7.8): a consent points at the version its subject saw.
CREATE TABLE purpose (
    id          UUID PRIMARY KEY,
    operator_id VARCHAR(12)  NOT NULL,
    code        VARCHAR(100) NOT NULL,
    version     INT          NOT NULL,
    definition  TEXT         NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    current     BOOLEAN      NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT purpose_version_unique UNIQUE (operator_id, code, version)
);
-- Exactly one current version per operator and code, even with concurrent registrations.
CREATE UNIQUE INDEX purpose_current ON purpose (operator_id, code) WHERE current;

-- The consent lifecycle (PDL-8.5..8.7). EXPIRED is never stored: it follows from valid_until.
ALTER TABLE consent
    ADD COLUMN purpose_id                UUID REFERENCES purpose (id),
    ADD COLUMN purpose_version           INT,
    ADD COLUMN status                    VARCHAR(20) NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN ended_at                  TIMESTAMPTZ,
    ADD COLUMN term_basis                TEXT,
    ADD COLUMN representative_iin        VARCHAR(12),
    ADD COLUMN representative            TEXT,
    ADD COLUMN evidence                  TEXT,
    ADD COLUMN revoked_by_representative BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN expiry_announced_at       TIMESTAMPTZ;

-- The consent check reads the newest consents of one (operator, subject, purpose) from the index alone.
DROP INDEX consent_operator_subject_purpose;
CREATE INDEX consent_check ON consent (operator_id, subject_iin, purpose_code, granted_at DESC)
    INCLUDE (id, status, valid_until);
CREATE INDEX consent_representative ON consent (representative_iin) WHERE representative_iin IS NOT NULL;
CREATE INDEX consent_purpose_active ON consent (purpose_id) WHERE status = 'ACTIVE';
-- Expiry announcements find their rows through a partial index, like the deadline scanner.
CREATE INDEX consent_expiry_unannounced ON consent (valid_until)
    WHERE status = 'ACTIVE' AND expiry_announced_at IS NULL AND valid_until IS NOT NULL;

-- One stop obligation per party after a revocation (PDL-8.7), each with its tracked deadline.
CREATE TABLE stop_obligation (
    id            UUID PRIMARY KEY,
    consent_id    UUID         NOT NULL REFERENCES consent (id),
    party_id      VARCHAR(12)  NOT NULL,
    third_party   BOOLEAN      NOT NULL,
    operator_id   VARCHAR(12)  NOT NULL,
    subject_iin   VARCHAR(12)  NOT NULL,
    subject_ref   VARCHAR(64)  NOT NULL,
    purpose_code  VARCHAR(100) NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL,
    deadline_id   UUID,
    due_at        TIMESTAMPTZ,
    status        VARCHAR(20)  NOT NULL,
    answered_at   TIMESTAMPTZ,
    outcome       VARCHAR(20),
    stopped_at    TIMESTAMPTZ,
    stop_evidence TEXT,
    law_reference TEXT,
    reasons       TEXT,
    CONSTRAINT stop_obligation_one_per_party UNIQUE (consent_id, party_id)
);
CREATE INDEX stop_obligation_party ON stop_obligation (party_id, status, due_at);
