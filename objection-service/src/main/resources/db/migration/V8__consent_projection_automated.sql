-- PDL-19-1.1: a consent covers an automated decision with legal effect only when its purpose declares
-- automated processing. consent-events' ConsentGranted now says so; the projection keeps it. A row
-- projected before this column existed reads false: such a consent is not taken to cover a machine's decision.
ALTER TABLE consent_projection ADD COLUMN automated_processing BOOLEAN NOT NULL DEFAULT FALSE;
