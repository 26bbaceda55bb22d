-- Up Migration
-- Foundation: extensions, the app role, the `app` schema and the session-setting readers
-- every row-level security policy uses.

CREATE EXTENSION IF NOT EXISTS citext;

-- Roles are cluster-wide, so creating one must be idempotent. The migration runner gives it
-- LOGIN and a password in development; production provisions the password itself.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aizalo_app') THEN
    CREATE ROLE aizalo_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
ALTER ROLE aizalo_app NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;

CREATE SCHEMA IF NOT EXISTS app;
GRANT USAGE ON SCHEMA app TO aizalo_app;
GRANT USAGE ON SCHEMA public TO aizalo_app;

-- `current_setting(.., true)` is NULL before any set on a connection but '' after a
-- transaction-local set has ended, hence NULLIF everywhere.
CREATE FUNCTION app.current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE FUNCTION app.current_user_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

CREATE FUNCTION app.current_user_type() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.user_type', true), '') $$;

CREATE FUNCTION app.current_actor_role() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.role', true), '') $$;

CREATE FUNCTION app.current_impersonator_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.impersonator_id', true), '')::uuid $$;

-- Which named service a `system` unit of work is (sign-in, provisioning, a job's name, ...).
CREATE FUNCTION app.current_purpose() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.purpose', true), '') $$;

-- Keeps updated_at honest whatever path wrote the row.
CREATE FUNCTION app.touch_updated_at() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO aizalo_app;
