-- Expenses (issue 5), with the tables splits and payers (issue 6) fill in, and idempotency keys.
--
-- Money is exact: integer minor units (bigint: cents for USD, yen for JPY, fils for KWD) plus the
-- ISO 4217 code; never real/double. Sums are taken as numeric (sum(bigint) is numeric in PostgreSQL).
-- Every CHECK mirrors a rule of org.expensetracker.domain.expense.ExpenseDetails, so hand-typed SQL
-- cannot store what the API would refuse.

-- Search `q` on description and notes: trigram GIN indexes make ILIKE '%…%' indexable (pg_trgm ships
-- with the embedded PostgreSQL 17 binaries and is a trusted extension, so a database owner may
-- create it). btree_gin lets the same GIN index carry workspace_id, so a search never walks other
-- workspaces' matches.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- An expense always carries its workspace's currency; the foreign key on (id, currency) makes the
-- database refuse a workspace currency change while expenses exist (the workspace rule).
CREATE UNIQUE INDEX workspaces_id_currency_key ON workspaces (id, currency);

CREATE TABLE expenses (
    workspace_id  uuid        NOT NULL,
    id            uuid        NOT NULL,
    amount_minor  bigint      NOT NULL,
    currency      char(3)     NOT NULL,
    description   text        NOT NULL,
    category      text        NOT NULL,
    spent_at      date        NOT NULL,
    paid_by       uuid        NOT NULL REFERENCES users (id),
    notes         text,
    -- How the amount is divided among members (issue 6); the parts live in expense_shares.
    split_mode    text        NOT NULL DEFAULT 'equal',
    created_by    uuid        NOT NULL REFERENCES users (id),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 1,
    -- Workspace first: every statement names the workspace, and (workspace_id, id) is what the
    -- share rows reference, so a share can never point into another workspace.
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, currency) REFERENCES workspaces (id, currency) ON DELETE CASCADE,
    CONSTRAINT expenses_amount_positive CHECK (amount_minor > 0),
    -- 1,000,000,000,000 in major units at scale 4, the largest ISO 4217 scale; the exact bound per
    -- currency (1e12 major units) is the domain's.
    CONSTRAINT expenses_amount_max CHECK (amount_minor <= 10000000000000000),
    CONSTRAINT expenses_currency_code CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT expenses_description_length
        CHECK (description = btrim(description) AND char_length(description) BETWEEN 1 AND 500),
    CONSTRAINT expenses_category_length
        CHECK (category = btrim(category) AND char_length(category) BETWEEN 1 AND 64),
    CONSTRAINT expenses_notes_length
        CHECK (notes IS NULL OR (notes = btrim(notes) AND char_length(notes) BETWEEN 1 AND 2000)),
    CONSTRAINT expenses_spent_at_range CHECK (spent_at BETWEEN DATE '1900-01-01' AND DATE '9999-12-31'),
    CONSTRAINT expenses_split_mode CHECK (split_mode IN ('equal', 'exact', 'percent', 'shares')),
    CONSTRAINT expenses_updated_after_created CHECK (updated_at >= created_at),
    CONSTRAINT expenses_version_positive CHECK (version >= 1)
);

-- One index per list order; each serves both directions (spent_at asc/id asc scans forward,
-- -spent_at = spent_at desc/id desc scans backward), and the trailing id makes the keyset total.
CREATE INDEX expenses_by_spent_at   ON expenses (workspace_id, spent_at, id);
CREATE INDEX expenses_by_amount     ON expenses (workspace_id, amount_minor, id);
CREATE INDEX expenses_by_created_at ON expenses (workspace_id, created_at, id);
-- Equality filters in the default order (-spent_at) walk their own index to the page.
CREATE INDEX expenses_by_category   ON expenses (workspace_id, category, spent_at, id);
CREATE INDEX expenses_by_paid_by    ON expenses (workspace_id, paid_by, spent_at, id);
CREATE INDEX expenses_by_created_by ON expenses (workspace_id, created_by, spent_at, id);
-- q: (description ILIKE :p OR notes ILIKE :p) becomes a BitmapOr of these two.
CREATE INDEX expenses_description_trgm ON expenses USING gin (workspace_id, description gin_trgm_ops);
CREATE INDEX expenses_notes_trgm       ON expenses USING gin (workspace_id, notes gin_trgm_ops);

-- One row per member involved in an expense: what they paid and what they owe, in minor units of
-- the expense's currency. Balances are then one
--   SELECT user_id, sum(paid_minor) - sum(owed_minor) FROM expense_shares
--   WHERE workspace_id = ? GROUP BY user_id
-- served by an index-only scan of expense_shares_balances.
-- share_value is what the client asked for in the expense's split_mode: an exact amount (decimal),
-- a percentage (up to 2 decimals) or a whole-number weight; NULL for an equal split or a payer who
-- is not in the split. in_split tells a participant whose part rounded to zero from a payer only.
-- Users are referenced, not memberships: a member who left keeps their history (the workspace rule
-- refuses removing a member whose balance is not zero).
CREATE TABLE expense_shares (
    workspace_id  uuid    NOT NULL,
    expense_id    uuid    NOT NULL,
    user_id       uuid    NOT NULL REFERENCES users (id),
    paid_minor    bigint  NOT NULL DEFAULT 0,
    owed_minor    bigint  NOT NULL DEFAULT 0,
    in_split      boolean NOT NULL,
    share_value   numeric(20, 4),
    PRIMARY KEY (workspace_id, expense_id, user_id),
    FOREIGN KEY (workspace_id, expense_id) REFERENCES expenses (workspace_id, id) ON DELETE CASCADE,
    CONSTRAINT expense_shares_paid_non_negative CHECK (paid_minor >= 0),
    CONSTRAINT expense_shares_owed_non_negative CHECK (owed_minor >= 0),
    CONSTRAINT expense_shares_owed_only_in_split CHECK (in_split OR owed_minor = 0),
    CONSTRAINT expense_shares_involved CHECK (in_split OR paid_minor > 0),
    CONSTRAINT expense_shares_value_non_negative CHECK (share_value IS NULL OR share_value >= 0)
);
CREATE INDEX expense_shares_balances ON expense_shares (workspace_id, user_id) INCLUDE (paid_minor, owed_minor);

-- Idempotency-Key: the first response to a create, replayed for a retry with the same key and the
-- same request within 24 hours. Keys are scoped per user. The row is written in the same
-- transaction as the thing it creates, so a crash never leaves one without the other; a concurrent
-- duplicate blocks on the primary key until the first transaction ends, then replays its answer.
CREATE TABLE idempotency_keys (
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idempotency_key  text        NOT NULL,
    request_hash     bytea       NOT NULL,
    response_status  smallint,
    response_body    text,
    -- name, value, name, value, … (the headers worth replaying: Location, ETag, Content-Type)
    response_headers text[]      NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (user_id, idempotency_key),
    CONSTRAINT idempotency_keys_key_length CHECK (char_length(idempotency_key) BETWEEN 1 AND 255),
    CONSTRAINT idempotency_keys_hash_length CHECK (octet_length(request_hash) = 32),
    CONSTRAINT idempotency_keys_status CHECK (response_status IS NULL OR response_status BETWEEN 100 AND 599)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
