-- The audit log becomes an append-only Merkle log in the manner of RFC 9162 (docs/design.md, "Audit
-- log"). A write transaction only inserts its leaf; the sequencer later gives committed leaves
-- consecutive indexes, stores the tree's complete subtrees and signs a tree head. No lock is shared
-- by writers, so the hash chain's advisory lock is gone with the chain.

-- What happened, to which aggregate, by whom, for which operator, and when. recorded_at is the
-- database's clock at insert, the start of the sequencer's lag.
CREATE TABLE audit_leaf (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    operator_id  VARCHAR(12),
    aggregate_id UUID         NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    detail       TEXT         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX audit_leaf_aggregate ON audit_leaf (aggregate_id, id);
CREATE INDEX audit_leaf_operator ON audit_leaf (operator_id, id);

-- Leaves committed but not yet in the tree. Filled by a trigger, so no writer can forget it; the
-- sequencer deletes the rows it indexed. It is the only table of the log that rows leave.
CREATE TABLE audit_pending (
    leaf_id BIGINT PRIMARY KEY REFERENCES audit_leaf (id)
);
CREATE FUNCTION audit_leaf_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_pending (leaf_id) VALUES (NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER audit_leaf_pending AFTER INSERT ON audit_leaf FOR EACH ROW EXECUTE FUNCTION audit_leaf_pending();

-- The leaf at each index of the tree, 0..n-1: written once by the sequencer.
CREATE TABLE audit_leaf_index (
    leaf_index BIGINT PRIMARY KEY CHECK (leaf_index >= 0),
    leaf_id    BIGINT NOT NULL UNIQUE REFERENCES audit_leaf (id)
);

-- Every complete subtree: 2^level leaves from node_index * 2^level. Level 0 holds the leaf hashes,
-- so a root or a proof costs O(log n) reads.
CREATE TABLE audit_tree_node (
    level      SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 63),
    node_index BIGINT   NOT NULL CHECK (node_index >= 0),
    hash       BYTEA    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, node_index)
);
CREATE INDEX audit_tree_leaf_hash ON audit_tree_node (hash) WHERE level = 0;

-- The signed tree heads, one per sequenced batch: ES256 over the RFC 6962 TreeHeadSignature bytes.
CREATE TABLE audit_tree_head (
    tree_size BIGINT      PRIMARY KEY CHECK (tree_size >= 0),
    root_hash BYTEA       NOT NULL CHECK (length(root_hash) = 32),
    signed_at TIMESTAMPTZ NOT NULL,
    key_id    VARCHAR(64) NOT NULL,
    signature BYTEA       NOT NULL
);

-- The log is append-only: no row of the leaves, their indexes, the tree or the heads is ever changed
-- or removed. Someone who owns the tables can drop these triggers; the signed heads are what catch
-- that (docs/security.md).
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_leaf_append_only BEFORE UPDATE OR DELETE ON audit_leaf
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_leaf_index_append_only BEFORE UPDATE OR DELETE ON audit_leaf_index
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_tree_node_append_only BEFORE UPDATE OR DELETE ON audit_tree_node
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_tree_head_append_only BEFORE UPDATE OR DELETE ON audit_tree_head
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_leaf_no_truncate BEFORE TRUNCATE ON audit_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_leaf_index_no_truncate BEFORE TRUNCATE ON audit_leaf_index
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_tree_node_no_truncate BEFORE TRUNCATE ON audit_tree_node
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_tree_head_no_truncate BEFORE TRUNCATE ON audit_tree_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- A database that has the hash chain (kit V6, or consent-service's V4) moves its entries into the log
-- as its first leaves, in chain order and under the same numbers; the trigger queues them, and the
-- sequencer indexes them in that order before any later leaf. A fresh database runs this before V6
-- (and V4) create the old table, which then stays empty.
DO $$
BEGIN
    IF to_regclass('audit_entry') IS NOT NULL THEN
        INSERT INTO audit_leaf (id, at, actor, operator_id, aggregate_id, action, detail, recorded_at)
        SELECT seq, at, actor, operator_id, aggregate_id, action, detail, clock_timestamp()
        FROM audit_entry ORDER BY seq;
        PERFORM setval(pg_get_serial_sequence('audit_leaf', 'id'),
                       GREATEST(COALESCE((SELECT max(seq) FROM audit_entry), 0), 1),
                       EXISTS (SELECT 1 FROM audit_entry));
        DROP TABLE audit_entry;
    END IF;
END $$;
