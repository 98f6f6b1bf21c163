-- Workspaces (issue 4): every workspace has exactly one owner whenever a transaction commits.
--
-- "At most one" is V1's unique partial index workspace_members_one_owner, checked row by row.
-- "At least one" cannot be a plain constraint: creating a workspace and its owner, or handing
-- ownership on (demote, then promote), pass through states with none. So a constraint trigger,
-- deferred to commit, counts the owners of every workspace a transaction touched.

CREATE FUNCTION workspace_check_one_owner(ws uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    owners integer;
BEGIN
    -- Lock the workspace row: two transactions changing the same workspace's members then check
    -- one after the other, and the second sees what the first committed (READ COMMITTED takes a
    -- fresh snapshot per statement), so together they cannot leave it without an owner. NO KEY
    -- UPDATE does not block inserts of rows that reference the workspace (expenses).
    PERFORM 1 FROM workspaces WHERE id = ws FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN; -- the workspace was deleted, and its members with it
    END IF;
    SELECT count(*) INTO owners FROM workspace_members WHERE workspace_id = ws AND role = 'owner';
    IF owners <> 1 THEN
        RAISE EXCEPTION 'workspace % must have exactly one owner, has %', ws, owners
            USING ERRCODE = 'check_violation', CONSTRAINT = 'workspace_exactly_one_owner';
    END IF;
END $$;

CREATE FUNCTION workspace_one_owner_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'workspaces' THEN
        PERFORM workspace_check_one_owner(NEW.id);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM workspace_check_one_owner(NEW.workspace_id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM workspace_check_one_owner(OLD.workspace_id);
    ELSE
        PERFORM workspace_check_one_owner(OLD.workspace_id);
        IF NEW.workspace_id <> OLD.workspace_id THEN
            PERFORM workspace_check_one_owner(NEW.workspace_id);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER workspaces_exactly_one_owner
    AFTER INSERT ON workspaces
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION workspace_one_owner_trigger();

CREATE CONSTRAINT TRIGGER workspace_members_exactly_one_owner
    AFTER INSERT OR UPDATE OF workspace_id, role OR DELETE ON workspace_members
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION workspace_one_owner_trigger();
