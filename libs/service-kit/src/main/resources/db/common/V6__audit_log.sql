-- Every service keeps a hash-chained audit log: each entry's hash covers its content and the
-- previous entry's hash, so altering a row breaks its own hash and deleting a row breaks the link
-- of the entry after it (docs/design.md, "Audit log"). consent-service created this table in its own V4
-- before the log moved to the shared kit; IF NOT EXISTS leaves that table as it is.
CREATE TABLE IF NOT EXISTS audit_entry (
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
CREATE INDEX IF NOT EXISTS audit_entry_aggregate ON audit_entry (aggregate_id, seq);
CREATE INDEX IF NOT EXISTS audit_entry_operator ON audit_entry (operator_id, seq);
