-- PDL-8.7: a reasoned refusal rests on the legislation, any normative legal act, not only a law. It
-- records the act's kind, number, date and article instead of one free text.
ALTER TABLE stop_obligation
    ADD COLUMN legal_act_kind    VARCHAR(40),
    ADD COLUMN legal_act_number  VARCHAR(50),
    ADD COLUMN legal_act_date    DATE,
    ADD COLUMN legal_act_article TEXT;

-- Refusals recorded before this migration named their law in free text. Their kind, number and date
-- are unknown, so each becomes an OTHER_NORMATIVE_ACT whose article is that text, shown as written.
UPDATE stop_obligation
   SET legal_act_kind = 'OTHER_NORMATIVE_ACT', legal_act_article = law_reference
 WHERE law_reference IS NOT NULL AND legal_act_kind IS NULL;

-- law_reference stays for one release: instances of the previous version read it during a rolling
-- update, and new refusals write their English citation there. A later migration drops it.
COMMENT ON COLUMN stop_obligation.law_reference IS 'Deprecated: the English citation of legal_act_*; dropped in a later release';
