-- The operator directory every service keeps: the newest profile of each operator and third party,
-- applied from the compacted topic operator-profiles (kz.kelisim.kit.directory.OperatorDirectory).
CREATE TABLE operator_profile (
    bin                 VARCHAR(12)  PRIMARY KEY,
    version             INT          NOT NULL,
    name_kk             TEXT         NOT NULL,
    name_ru             TEXT         NOT NULL,
    name_en             TEXT         NOT NULL,
    description_kk      TEXT,
    description_ru      TEXT,
    description_en      TEXT,
    legal_address       TEXT,
    responsible_name    TEXT,
    responsible_email   TEXT,
    responsible_phone   TEXT,
    privacy_notice_url  TEXT,
    updated_at          TIMESTAMPTZ  NOT NULL
);
