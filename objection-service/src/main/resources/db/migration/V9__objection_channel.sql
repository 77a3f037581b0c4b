-- PDL-19-1.3: an objection that reached the operator on paper, by e-mail or at a branch is entered by its
-- staff with its real time of receipt (received_at) and where the original is kept. One filed in Kelisim
-- itself reads SELF_SERVICE, as every objection filed before this column existed was.
ALTER TABLE objection ADD COLUMN channel VARCHAR(20) NOT NULL DEFAULT 'SELF_SERVICE';
ALTER TABLE objection ADD COLUMN evidence TEXT;
