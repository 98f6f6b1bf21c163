-- History (issue 10): soft delete of expenses and settlements, and the append-only audit trail that
-- also orders the change feed.

-- Soft delete: a deleted expense or settlement is kept (with its history) but no longer counts.
ALTER TABLE expenses ADD COLUMN deleted_at timestamptz;
ALTER TABLE expenses ADD CONSTRAINT expenses_deleted_after_created
    CHECK (deleted_at IS NULL OR deleted_at >= created_at);
CREATE INDEX expenses_deleted ON expenses (workspace_id, spent_at, id) WHERE deleted_at IS NOT NULL;

-- Share rows carry their expense's state, so balances stay one index-only scan of live rows. Two
-- triggers keep the copy true whatever SQL writes it.
ALTER TABLE expense_shares ADD COLUMN deleted boolean NOT NULL DEFAULT false;
DROP INDEX expense_shares_balances;
CREATE INDEX expense_shares_balances ON expense_shares (workspace_id, user_id)
    INCLUDE (paid_minor, owed_minor) WHERE NOT deleted;

CREATE FUNCTION expense_shares_take_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.deleted := EXISTS (SELECT 1 FROM expenses
                            WHERE workspace_id = NEW.workspace_id AND id = NEW.expense_id
                              AND deleted_at IS NOT NULL);
    RETURN NEW;
END $$;
CREATE TRIGGER expense_shares_take_deleted
    BEFORE INSERT OR UPDATE ON expense_shares
    FOR EACH ROW EXECUTE FUNCTION expense_shares_take_deleted();

CREATE FUNCTION expenses_pass_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE expense_shares SET deleted = (NEW.deleted_at IS NOT NULL)
     WHERE workspace_id = NEW.workspace_id AND expense_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER expenses_pass_deleted
    AFTER UPDATE OF deleted_at ON expenses
    FOR EACH ROW WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION expenses_pass_deleted();

ALTER TABLE settlements ADD COLUMN deleted_at timestamptz;
ALTER TABLE settlements ADD CONSTRAINT settlements_deleted_after_created
    CHECK (deleted_at IS NULL OR deleted_at >= created_at);
DROP INDEX settlements_newest, settlements_sent, settlements_received;
CREATE INDEX settlements_newest ON settlements (workspace_id, settled_at, created_at, id)
    WHERE deleted_at IS NULL;
CREATE INDEX settlements_sent ON settlements (workspace_id, from_user_id) INCLUDE (amount_minor)
    WHERE deleted_at IS NULL;
CREATE INDEX settlements_received ON settlements (workspace_id, to_user_id) INCLUDE (amount_minor)
    WHERE deleted_at IS NULL;

-- The audit trail: one row per change, written in the change's own transaction (so a rolled-back
-- change leaves none). Field values are text (amounts as exact strings); change_from/change_to
-- hold NULL where a field had or has no value.
--
-- txid and seq order the change feed. A sequence alone is not enough: a transaction can take a
-- lower seq and commit after a higher one was already read. The feed therefore only hands out
-- rows of transactions older than the reading snapshot's xmin (all of which have ended, so no row
-- can still appear below that point) and orders by (txid, seq).
CREATE TABLE audit_entries (
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    id            uuid        NOT NULL,
    seq           bigint      GENERATED ALWAYS AS IDENTITY,
    txid          xid8        NOT NULL DEFAULT pg_current_xact_id(),
    actor_id      uuid        NOT NULL REFERENCES users (id),
    action        text        NOT NULL,
    entity        text        NOT NULL,
    entity_id     uuid        NOT NULL,
    at            timestamptz NOT NULL,
    change_fields text[]      NOT NULL,
    change_from   text[]      NOT NULL,
    change_to     text[]      NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT audit_entries_action
        CHECK (action IN ('created', 'updated', 'deleted', 'restored', 'role_changed')),
    CONSTRAINT audit_entries_entity CHECK (entity IN ('workspace', 'member', 'expense', 'settlement')),
    CONSTRAINT audit_entries_changes_line_up
        CHECK (cardinality(change_fields) = cardinality(change_from)
               AND cardinality(change_fields) = cardinality(change_to))
);
-- Activity lists newest first in the order entries were written (seq), which keeps the entries of
-- one transaction (an ownership transfer writes two) in their order.
CREATE INDEX audit_entries_newest ON audit_entries (workspace_id, seq);
CREATE INDEX audit_entries_by_entity ON audit_entries (workspace_id, entity, entity_id, seq);
CREATE INDEX audit_entries_by_actor ON audit_entries (workspace_id, actor_id, seq);
CREATE INDEX audit_entries_feed ON audit_entries (workspace_id, txid, seq);

-- Append-only, whoever connects: no UPDATE ever, and DELETE only as part of deleting the
-- workspace itself (the cascade runs after the workspace row is gone).
CREATE FUNCTION audit_entries_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM workspaces WHERE id = OLD.workspace_id) THEN
        RAISE EXCEPTION 'audit entries cannot be changed or deleted'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER audit_entries_append_only
    BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
