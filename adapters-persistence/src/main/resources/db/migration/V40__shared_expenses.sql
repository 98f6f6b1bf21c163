-- Shared expenses (issue 6): several payers, splits written to expense_shares, recorded settlements.

-- paid_by is the one member who paid the whole amount, or NULL when several did (their amounts are
-- the paid_minor of expense_shares). Lists filter a single payer on the column's index.
ALTER TABLE expenses ALTER COLUMN paid_by DROP NOT NULL;
CREATE INDEX expenses_several_payers ON expenses (workspace_id, spent_at) WHERE paid_by IS NULL;

-- Expenses recorded before splits existed had no share rows: their payer paid and bore it all,
-- which leaves every balance as it was (zero).
INSERT INTO expense_shares (workspace_id, expense_id, user_id, paid_minor, owed_minor, in_split, share_value)
SELECT e.workspace_id, e.id, e.paid_by, e.amount_minor, e.amount_minor, true, NULL
  FROM expenses e
 WHERE NOT EXISTS (SELECT 1 FROM expense_shares s WHERE s.workspace_id = e.workspace_id AND s.expense_id = e.id);

-- The money of every expense adds up, whenever a transaction commits: payers pay exactly the
-- amount, participants owe exactly the amount, someone is in the split, and paid_by names the
-- only payer (or is NULL with several). Deferred, because an expense and its shares are written
-- by separate statements.
CREATE FUNCTION expense_check_shares(ws uuid, expense uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    e record;
    s record;
BEGIN
    SELECT amount_minor, paid_by INTO e FROM expenses WHERE workspace_id = ws AND id = expense;
    IF NOT FOUND THEN
        RETURN; -- deleted, with its shares
    END IF;
    SELECT coalesce(sum(paid_minor), 0) AS paid, coalesce(sum(owed_minor), 0) AS owed,
           count(*) FILTER (WHERE in_split) AS participants,
           count(*) FILTER (WHERE paid_minor > 0) AS payers,
           bool_or(paid_minor = e.amount_minor AND user_id = e.paid_by) AS solo_payer
      INTO s FROM expense_shares WHERE workspace_id = ws AND expense_id = expense;
    IF s.paid <> e.amount_minor OR s.owed <> e.amount_minor OR s.participants = 0
       OR (e.paid_by IS NULL AND s.payers < 2)
       OR (e.paid_by IS NOT NULL AND (s.payers <> 1 OR NOT coalesce(s.solo_payer, false))) THEN
        RAISE EXCEPTION 'expense % does not add up: paid %, owed %, amount %', expense, s.paid, s.owed, e.amount_minor
            USING ERRCODE = 'check_violation', CONSTRAINT = 'expense_shares_add_up';
    END IF;
END $$;

CREATE FUNCTION expense_shares_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'expenses' THEN
        PERFORM expense_check_shares(NEW.workspace_id, NEW.id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM expense_check_shares(OLD.workspace_id, OLD.expense_id);
    ELSE
        PERFORM expense_check_shares(NEW.workspace_id, NEW.expense_id);
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER expenses_shares_add_up
    AFTER INSERT OR UPDATE OF amount_minor, paid_by ON expenses
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION expense_shares_trigger();

CREATE CONSTRAINT TRIGGER expense_shares_add_up
    AFTER INSERT OR UPDATE OR DELETE ON expense_shares
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION expense_shares_trigger();

-- A payment from one member to another, in the workspace currency (the foreign key on
-- (workspace_id, currency) also keeps the currency fixed while settlements exist). Amounts are
-- integer minor units, like expenses.
CREATE TABLE settlements (
    workspace_id  uuid        NOT NULL,
    id            uuid        NOT NULL,
    from_user_id  uuid        NOT NULL REFERENCES users (id),
    to_user_id    uuid        NOT NULL REFERENCES users (id),
    amount_minor  bigint      NOT NULL,
    currency      char(3)     NOT NULL,
    note          text,
    settled_at    date        NOT NULL,
    recorded_by   uuid        NOT NULL REFERENCES users (id),
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, currency) REFERENCES workspaces (id, currency) ON DELETE CASCADE,
    CONSTRAINT settlements_two_people CHECK (from_user_id <> to_user_id),
    CONSTRAINT settlements_amount_positive CHECK (amount_minor > 0),
    CONSTRAINT settlements_amount_max CHECK (amount_minor <= 10000000000000000),
    CONSTRAINT settlements_note_length
        CHECK (note IS NULL OR (note = btrim(note) AND char_length(note) BETWEEN 1 AND 500)),
    CONSTRAINT settlements_settled_at_range CHECK (settled_at BETWEEN DATE '1900-01-01' AND DATE '9999-12-31')
);
-- The list, newest first, and the keyset continuation.
CREATE INDEX settlements_newest ON settlements (workspace_id, settled_at, created_at, id);
-- Balances: what each person sent and received, by index-only scans.
CREATE INDEX settlements_sent ON settlements (workspace_id, from_user_id) INCLUDE (amount_minor);
CREATE INDEX settlements_received ON settlements (workspace_id, to_user_id) INCLUDE (amount_minor);
