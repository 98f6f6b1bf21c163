-- Abuse limits (failed logins, failed code checks, registrations, code sends) counted in the
-- database so they hold across server instances and restarts. One row per event; each key keeps
-- only the events of its current window (older ones are deleted when a new one is recorded).
CREATE TABLE rate_limit_events (
    key text        NOT NULL CHECK (char_length(key) BETWEEN 1 AND 400),
    at  timestamptz NOT NULL
);
CREATE INDEX rate_limit_events_key_at ON rate_limit_events (key, at);
