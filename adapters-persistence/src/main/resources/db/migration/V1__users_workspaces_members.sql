-- Foundation schema. Constraints mirror the domain invariants so that even SQL typed by hand cannot
-- break them. All timestamps are timestamptz in UTC; all keys are UUIDs.

CREATE TABLE users (
    id                  uuid        PRIMARY KEY,
    email               text        NOT NULL,
    full_name           text        NOT NULL,
    password_hash       text        NOT NULL,
    is_verified         boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL,
    CONSTRAINT users_email_normalised CHECK (email = lower(btrim(email)) AND char_length(email) BETWEEN 3 AND 254 AND position('@' IN email) > 1),
    CONSTRAINT users_full_name_length CHECK (char_length(btrim(full_name)) BETWEEN 1 AND 100)
);
CREATE UNIQUE INDEX users_email_key ON users (email);

-- One live code per address and purpose: a new code replaces the old one.
CREATE TABLE otp_store (
    email       text        NOT NULL,
    purpose     text        NOT NULL CHECK (purpose IN ('verify_email', 'password_reset')),
    code_hash   bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 5),
    used_at     timestamptz,
    PRIMARY KEY (email, purpose),
    CHECK (expires_at > created_at)
);

CREATE TABLE workspaces (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 100),
    currency    char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 1 CHECK (version >= 1)
);

CREATE TABLE workspace_members (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    role         text        NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    joined_at    timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
-- At most one owner per workspace; "at least one" is enforced by a deferred trigger (workspaces migration).
CREATE UNIQUE INDEX workspace_members_one_owner ON workspace_members (workspace_id) WHERE role = 'owner';
CREATE INDEX workspace_members_by_user ON workspace_members (user_id);
