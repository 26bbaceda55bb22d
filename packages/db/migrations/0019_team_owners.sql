-- Up Migration
-- A business always keeps an owner who can sign in, and an owner may hand the business on.
--
-- 1. The last usable owner (role owner, active, not deleted, with a password) cannot be
--    demoted, deactivated or removed, by anyone, while the business exists. Two owners demoting
--    each other at the same moment must not leave none: every change that takes an owner away
--    first takes a per-business advisory lock, then counts the others in a fresh snapshot
--    (plpgsql statements each take one under READ COMMITTED), so the second waits for the
--    first to commit and then sees it.
-- 2. 0007's guard let nobody change their own access. An owner stepping down (owner → a lower
--    role) is now allowed for themselves: it is how ownership is transferred, and (1) keeps it
--    from leaving the business without an owner. Everything else about their own row stays
--    refused.

-- How many usable owners the business has besides `leaving`; NULL when the business itself is
-- gone or closed (closing a business removes its people with it). Reads past RLS: the guard
-- must count owners whoever acts.
CREATE FUNCTION app.other_usable_owners(tenant uuid, leaving uuid) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT CASE WHEN EXISTS (
        SELECT 1 FROM public.tenants t WHERE t.id = tenant AND t.deleted_at IS NULL)
      THEN (SELECT count(*)::integer FROM public.tenant_users u
        WHERE u.tenant_id = tenant AND u.id <> leaving AND u.role = 'owner'
          AND u.is_active AND u.deleted_at IS NULL AND u.password_hash IS NOT NULL)
    END
  $$;
REVOKE EXECUTE ON FUNCTION app.other_usable_owners(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.other_usable_owners(uuid, uuid) TO aizalo_app;

CREATE FUNCTION app.guard_last_owner() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  others integer;
BEGIN
  -- Only a change that takes a usable owner away matters.
  IF NOT (OLD.role = 'owner' AND OLD.is_active AND OLD.deleted_at IS NULL
      AND OLD.password_hash IS NOT NULL) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.role = 'owner' AND NEW.is_active AND NEW.deleted_at IS NULL
      AND NEW.password_hash IS NOT NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('tenant-owners:' || OLD.tenant_id::text, 0));
  others := app.other_usable_owners(OLD.tenant_id, OLD.id);
  IF others = 0 THEN
    RAISE EXCEPTION 'a business needs at least one active owner'
      USING ERRCODE = 'AZ001',
        HINT = 'Make someone else an owner first.';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- Named to sort after tenant_users_access_guard: who may change the row is judged first.
CREATE TRIGGER tenant_users_last_owner BEFORE UPDATE OR DELETE ON tenant_users
  FOR EACH ROW EXECUTE FUNCTION app.guard_last_owner();

-- 0007's guard, with one change: an owner may lower their own role (see 2. above).
CREATE OR REPLACE FUNCTION app.guard_tenant_user_access() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  changed text[];
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.session_version < OLD.session_version THEN
    RAISE EXCEPTION 'session_version cannot go down' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF app.trusted_actor() THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;

  IF TG_OP = 'UPDATE' THEN
    -- Otherwise whoever manages the team could take over any account, the owner's included.
    IF NEW.id IS DISTINCT FROM app.current_user_id()
      AND (NEW.password_hash IS DISTINCT FROM OLD.password_hash OR NEW.email IS DISTINCT FROM OLD.email) THEN
      RAISE EXCEPTION 'only the user themselves can change their email or password'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    changed := ARRAY(
      SELECT c FROM unnest(app.changed_columns(to_jsonb(OLD), to_jsonb(NEW))) AS c
      WHERE c = ANY (ARRAY['role', 'permissions', 'is_active', 'deleted_at']));
    IF cardinality(changed) = 0 THEN
      RETURN NEW;
    END IF;
    IF NOT app.tenant_can('team.manage') THEN
      RAISE EXCEPTION 'changing a team member''s % needs the team.manage permission',
        array_to_string(changed, ', ') USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id = app.current_user_id()
      AND NOT (changed = ARRAY['role'] AND OLD.role = 'owner' AND NEW.role <> 'owner') THEN
      RAISE EXCEPTION 'nobody can change their own %', array_to_string(changed, ', ')
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;

  IF ((TG_OP <> 'INSERT' AND OLD.role = 'owner') OR (TG_OP <> 'DELETE' AND NEW.role = 'owner'))
    AND app.tenant_role() IS DISTINCT FROM 'owner' THEN
    RAISE EXCEPTION 'only a tenant owner can add, change or remove an owner'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- The Activity page names who did what. A tenant's owner and admin read their own business's
-- audit log (0006's tenant_admin_select), but not platform_users, and a removed member's row is
-- one they no longer list: this returns names only, and only of people who appear in that
-- business's log, as the actor or as the platform owner behind a "login as tenant".
CREATE FUNCTION app.tenant_activity_people(p_ids uuid[])
  RETURNS TABLE (id uuid, full_name text, is_platform boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT p.id, p.full_name, true
    FROM public.platform_users p
    WHERE p.id = ANY (p_ids)
      AND app.tenant_role() IN ('owner', 'admin')
      AND EXISTS (
        SELECT 1 FROM public.audit_logs a
        WHERE a.tenant_id = app.member_tenant_id()
          AND ((a.actor_user_type = 'platform' AND a.actor_user_id = p.id)
            OR a.impersonator_id = p.id))
    UNION ALL
    SELECT u.id, u.full_name, false
    FROM public.tenant_users u
    WHERE u.id = ANY (p_ids)
      AND u.tenant_id = app.member_tenant_id()
      AND app.tenant_role() IN ('owner', 'admin')
  $$;
REVOKE EXECUTE ON FUNCTION app.tenant_activity_people(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.tenant_activity_people(uuid[]) TO aizalo_app;
