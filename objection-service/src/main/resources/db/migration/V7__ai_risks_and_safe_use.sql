-- CPL-27.6 names two separate things a consumer must be told when an AI system takes part: the
-- possible risks, and the conditions of safe use. They were one "AI disclosure" text; each is now its
-- own text in kk, ru and en (kk and ru required before publishing when ai_system_used).
--
-- An existing disclosure was written to cover both, so it becomes the risks text and is copied into
-- the conditions of safe use as well: every row that was complete stays complete, published versions
-- read as before, and the operator writes a new version to separate the two.
ALTER TABLE processing_activity
    ADD COLUMN ai_risks_kk     TEXT,
    ADD COLUMN ai_risks_ru     TEXT,
    ADD COLUMN ai_risks_en     TEXT,
    ADD COLUMN ai_safe_use_kk  TEXT,
    ADD COLUMN ai_safe_use_ru  TEXT,
    ADD COLUMN ai_safe_use_en  TEXT;

UPDATE processing_activity
   SET ai_risks_kk    = ai_disclosure_kk,
       ai_risks_ru    = ai_disclosure_ru,
       ai_risks_en    = ai_disclosure_en,
       ai_safe_use_kk = ai_disclosure_kk,
       ai_safe_use_ru = ai_disclosure_ru,
       ai_safe_use_en = ai_disclosure_en
 WHERE ai_disclosure_kk IS NOT NULL OR ai_disclosure_ru IS NOT NULL OR ai_disclosure_en IS NOT NULL;

ALTER TABLE processing_activity
    DROP COLUMN ai_disclosure_kk,
    DROP COLUMN ai_disclosure_ru,
    DROP COLUMN ai_disclosure_en;
