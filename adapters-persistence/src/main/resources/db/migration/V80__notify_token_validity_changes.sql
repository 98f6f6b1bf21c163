-- Every instance keeps the token validity of recent users in memory (TokenValidityCache) and
-- LISTENs on 'user_tokens' to forget a user the moment their validity changes. The triggers make
-- every writer tell them: the application, another instance, an operator's SQL. The payload is the
-- user id; an empty payload (TRUNCATE) means everyone. pg_notify is sent at commit, never for a
-- transaction that rolls back.

CREATE FUNCTION notify_user_tokens() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_LEVEL = 'STATEMENT' THEN
        PERFORM pg_notify('user_tokens', '');
    ELSE
        PERFORM pg_notify('user_tokens', OLD.id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_token_validity_changed
    AFTER UPDATE ON users
    FOR EACH ROW
    WHEN (OLD.is_verified IS DISTINCT FROM NEW.is_verified
          OR OLD.password_changed_at IS DISTINCT FROM NEW.password_changed_at
          OR OLD.id IS DISTINCT FROM NEW.id)
EXECUTE FUNCTION notify_user_tokens();

CREATE TRIGGER users_deleted
    AFTER DELETE ON users
    FOR EACH ROW
EXECUTE FUNCTION notify_user_tokens();

CREATE TRIGGER users_truncated
    AFTER TRUNCATE ON users
    FOR EACH STATEMENT
EXECUTE FUNCTION notify_user_tokens();
