-- PDL-8.7: a revocation the operator received on paper, by e-mail or at a branch is entered by its staff
-- with its real time of receipt (consent.ended_at) and where the original is kept. A revocation filed
-- in Kelisim itself reads SELF_SERVICE; one revoked before this column existed was filed there too.
ALTER TABLE consent ADD COLUMN revocation_channel VARCHAR(20);
ALTER TABLE consent ADD COLUMN revocation_evidence TEXT;
UPDATE consent SET revocation_channel = 'SELF_SERVICE' WHERE status = 'REVOKED';
