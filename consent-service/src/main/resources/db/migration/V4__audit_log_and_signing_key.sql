-- Every state change appends one entry; each entry's hash covers the previous one's, so editing or
-- deleting a row breaks the chain from that row on (docs/design.md, "Audit log").
CREATE TABLE audit_entry (
    seq          BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    operator_id  VARCHAR(12),
    aggregate_id UUID         NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    detail       TEXT         NOT NULL,
    prev_hash    VARCHAR(64)  NOT NULL,
    hash         VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_entry_aggregate ON audit_entry (aggregate_id, seq);
CREATE INDEX audit_entry_operator ON audit_entry (operator_id, seq);

-- The key that signs consent receipts; created once at first start, shared by every instance.
CREATE TABLE signing_key (
    kid         VARCHAR(64) PRIMARY KEY,
    algorithm   VARCHAR(10) NOT NULL,
    private_key TEXT        NOT NULL,
    public_key  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    active      BOOLEAN     NOT NULL
);
CREATE UNIQUE INDEX signing_key_one_active ON signing_key (active) WHERE active;
