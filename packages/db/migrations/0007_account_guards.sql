-- Up Migration
-- What RLS cannot say (it filters rows, not columns): which columns of an account a tenant
-- user may change. And the narrow lookups sign-in runs before any session exists.

-- Names of the columns whose values differ between two versions of a row.
CREATE FUNCTION app.changed_columns(old_row jsonb, new_row jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT COALESCE(array_agg(n.key ORDER BY n.key), '{}')
    FROM jsonb_each(new_row) AS n
    WHERE n.value IS DISTINCT FROM old_row -> n.key
  $$;

-- The guards police actors. The owner role (migrations, seed, maintenance) is none: it bypasses
-- RLS anyway, and the guards let it through.
CREATE FUNCTION app.trusted_actor() RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT app.is_platform_staff('owner', 'admin') OR app.is_system()
      OR COALESCE((SELECT r.rolsuper OR r.rolbypassrls FROM pg_catalog.pg_roles r
        WHERE r.rolname = current_user), false)
  $$;

-- ---------------------------------------------------------------------------------------------
-- tenants: a tenant's owner/admin edits the business profile; plan, fee, status, subdomain,
-- assignments, demo and lifecycle fields are the platform's. An allow-list, so a column added
-- later is protected until someone decides otherwise.

CREATE FUNCTION app.guard_tenant_account() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  refused text[];
BEGIN
  IF app.trusted_actor() THEN
    RETURN NEW;
  END IF;
  refused := ARRAY(
    SELECT c FROM unnest(app.changed_columns(to_jsonb(OLD), to_jsonb(NEW))) AS c
    WHERE c <> ALL (ARRAY['business_name', 'phone', 'email', 'address', 'city', 'postal_code',
      'latitude', 'longitude', 'timezone', 'currency', 'updated_at']));
  IF cardinality(refused) > 0 THEN
    RAISE EXCEPTION 'only platform staff can change a tenant''s %', array_to_string(refused, ', ')
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER tenants_account_guard BEFORE UPDATE ON tenants
  FOR EACH ROW EXECUTE FUNCTION app.guard_tenant_account();

-- ---------------------------------------------------------------------------------------------
-- tenant_users: anyone edits their own profile and password (RLS lets them update their row),
-- and nobody else's email or password (resets go through a system service); access columns
-- need team.manage, nobody changes their own, and an owner's access or the owner role itself
-- needs an owner. A session version never goes down: that would revive
-- sessions a password change or deactivation ended.

CREATE FUNCTION app.guard_tenant_user_access() RETURNS trigger
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
    IF NEW.id = app.current_user_id() THEN
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

CREATE TRIGGER tenant_users_access_guard BEFORE INSERT OR UPDATE OR DELETE ON tenant_users
  FOR EACH ROW EXECUTE FUNCTION app.guard_tenant_user_access();

-- platform_users: sales and support edit their own profile, password and TOTP; role, active
-- state and deletion are the owner's and admins'.
CREATE FUNCTION app.guard_platform_user_access() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  refused text[];
BEGIN
  IF NEW.session_version < OLD.session_version THEN
    RAISE EXCEPTION 'session_version cannot go down' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF app.trusted_actor() THEN
    RETURN NEW;
  END IF;
  refused := ARRAY(
    SELECT c FROM unnest(app.changed_columns(to_jsonb(OLD), to_jsonb(NEW))) AS c
    WHERE c = ANY (ARRAY['id', 'role', 'is_active', 'deleted_at', 'created_at']));
  IF cardinality(refused) > 0 THEN
    RAISE EXCEPTION 'only the platform owner or an admin can change a staff member''s %',
      array_to_string(refused, ', ') USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER platform_users_access_guard BEFORE UPDATE ON platform_users
  FOR EACH ROW EXECUTE FUNCTION app.guard_platform_user_access();

-- ---------------------------------------------------------------------------------------------
-- Sign-in lookups: the one path to a password hash before a session exists. They return what
-- the sign-in flow needs and nothing else; deleted users and deleted tenants do not exist here.
-- `OPERATOR(public.=)` keeps citext's case-insensitive equality (and its index) under the empty
-- search_path, where a bare `=` would fall back to case-sensitive text equality.

CREATE FUNCTION app.platform_user_for_sign_in(email public.citext)
  RETURNS TABLE (
    id uuid,
    password_hash text,
    role public.platform_role,
    is_active boolean,
    session_version integer,
    totp_enabled boolean
  )
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT u.id, u.password_hash, u.role, u.is_active, u.session_version,
      u.totp_enabled_at IS NOT NULL
    FROM public.platform_users u
    WHERE u.email OPERATOR(public.=) platform_user_for_sign_in.email
      AND u.deleted_at IS NULL
  $$;

CREATE FUNCTION app.tenant_user_for_sign_in(subdomain text, email public.citext)
  RETURNS TABLE (
    id uuid,
    tenant_id uuid,
    password_hash text,
    role public.tenant_role,
    is_active boolean,
    session_version integer,
    subscription_status public.subscription_status,
    is_demo boolean,
    demo_expires_at timestamptz
  )
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT u.id, u.tenant_id, u.password_hash, u.role, u.is_active, u.session_version,
      t.subscription_status, t.is_demo, t.demo_expires_at
    FROM public.tenants t
    JOIN public.tenant_users u ON u.tenant_id = t.id
    WHERE t.subdomain = lower(tenant_user_for_sign_in.subdomain)
      AND t.deleted_at IS NULL
      AND u.email OPERATOR(public.=) tenant_user_for_sign_in.email
      AND u.deleted_at IS NULL
  $$;

REVOKE EXECUTE ON FUNCTION app.platform_user_for_sign_in(public.citext),
  app.tenant_user_for_sign_in(text, public.citext) FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO aizalo_app;
