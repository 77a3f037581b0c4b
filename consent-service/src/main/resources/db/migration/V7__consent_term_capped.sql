-- PDL-8.5: a consent given without a term under a purpose with a maximum is capped at that maximum;
-- the subject is told so ("valid until ..., the longest this purpose allows").
ALTER TABLE consent ADD COLUMN term_capped BOOLEAN NOT NULL DEFAULT FALSE;
