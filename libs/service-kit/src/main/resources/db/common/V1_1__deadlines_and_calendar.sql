-- Legal deadlines counted in working days (PDL-8.7, PDL-19-1.3, BRN-1). Nothing lives in memory:
-- every deadline is a row, and the scanner finds due ones through partial indexes on OPEN rows,
-- so its cost grows with the due rows, not with all open ones.
CREATE TABLE deadline (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(40)  NOT NULL,
    owner_id     VARCHAR(12)  NOT NULL,
    subject_ref  VARCHAR(64)  NOT NULL,
    aggregate_id UUID         NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    working_days INT          NOT NULL,
    due_at       TIMESTAMPTZ  NOT NULL,
    remind_at    TIMESTAMPTZ,
    reminded_at  TIMESTAMPTZ,
    state        VARCHAR(20)  NOT NULL,
    closed_at    TIMESTAMPTZ,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX deadline_open_due ON deadline (due_at) WHERE state = 'OPEN';
CREATE INDEX deadline_open_remind ON deadline (remind_at) WHERE state = 'OPEN' AND reminded_at IS NULL;
CREATE INDEX deadline_aggregate ON deadline (aggregate_id);

CREATE TABLE deadline_history (
    deadline_id UUID         NOT NULL REFERENCES deadline (id),
    seq         INT          NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    change      VARCHAR(40)  NOT NULL,
    detail      TEXT         NOT NULL,
    PRIMARY KEY (deadline_id, seq)
);

-- Calendar year data an administrator loaded at run time; it overrides the data shipped with the
-- calendar library for that year (CAL-1: transfers of days off are yearly government data).
CREATE TABLE calendar_year (
    year       INT PRIMARY KEY,
    version    INT          NOT NULL,
    data       TEXT         NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);
