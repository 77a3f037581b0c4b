-- The operator directory's source of truth: one profile per operator or third party, keyed by BIN
-- (ID-1), with the contact of the person responsible for organising personal-data processing
-- (BRN-1). Every change makes a new version, audited and published on operator-profiles.
CREATE TABLE operator (
    id          UUID         PRIMARY KEY,
    bin         VARCHAR(12)  NOT NULL UNIQUE,
    version     INT          NOT NULL,
    profile     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
