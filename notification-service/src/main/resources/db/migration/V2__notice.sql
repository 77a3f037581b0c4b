-- A subject's inbox. Subjects are known here only by pseudonym (an HMAC of the IIN).
CREATE TABLE notice (
    id          UUID PRIMARY KEY,
    subject_ref VARCHAR(64)  NOT NULL,
    event_id    UUID         NOT NULL UNIQUE,
    kind        VARCHAR(60)  NOT NULL,
    params      TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    read_at     TIMESTAMPTZ
);
CREATE INDEX notice_subject_created ON notice (subject_ref, created_at DESC);
