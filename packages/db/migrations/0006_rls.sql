-- Up Migration
-- Row-level security: what the app role may touch, and which rows each actor of DESIGN.md
-- "Actors and roles" sees. Policies read the transaction-local `app.*` settings through the
-- small helpers below; every helper answers false/NULL when a setting is missing, so a unit of
-- work without settings sees no rows anywhere.
--
-- The owner role that runs migrations and the seed must bypass RLS (superuser or BYPASSRLS):
-- the tables are FORCEd, and the SECURITY DEFINER helpers read through the owner's rights.

DO $$
BEGIN
  IF NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) THEN
    RAISE WARNING 'role % runs migrations without bypassing RLS: seed and sign-in lookups will see no rows', current_user;
  END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants. RLS decides rows; grants decide statements. Log tables are append-only for the app.

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO aizalo_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO aizalo_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_logs, api_usage, system_logs FROM aizalo_app;

-- The runner's own bookkeeping table exists by now; the app has no business there.
DO $$
BEGIN
  IF to_regclass('public.pgmigrations') IS NOT NULL THEN
    REVOKE ALL ON TABLE public.pgmigrations FROM aizalo_app;
  END IF;
  IF to_regclass('public.pgmigrations_id_seq') IS NOT NULL THEN
    REVOKE ALL ON SEQUENCE public.pgmigrations_id_seq FROM aizalo_app;
  END IF;
END
$$;

-- Tables added by later migrations are usable at once; the introspection test fails CI until
-- they also get RLS.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO aizalo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO aizalo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT EXECUTE ON FUNCTIONS TO aizalo_app;

-- ---------------------------------------------------------------------------------------------
-- Who is acting. Settings readers wrapped in a scalar subselect by every policy, so they run
-- once per statement. COALESCE keeps them strictly boolean, so that `NOT app.is_system()` in a
-- trigger can never be NULL. They are PL/pgSQL on purpose: a SQL function would be inlined
-- and its body parsed again while planning every query (measured by `pnpm bench:isolation`:
-- about 0.1 ms per query), while PL/pgSQL caches its plans once per connection.

CREATE FUNCTION app.is_platform_staff(VARIADIC roles text[]) RETURNS boolean
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$
BEGIN
  RETURN COALESCE(
    app.current_user_type() = 'platform'
      AND app.current_user_id() IS NOT NULL
      AND app.current_actor_role() = ANY (roles),
    false);
END
$$;

-- A named service (provisioning, a job, a webhook, the seed): sees all rows.
CREATE FUNCTION app.is_system() RETURNS boolean
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$
BEGIN
  RETURN COALESCE(app.current_user_type() = 'system' AND app.current_purpose() IS NOT NULL, false);
END
$$;

-- A tenant's user, or a platform owner "logged in as tenant" (who has no tenant_users row).
CREATE FUNCTION app.is_tenant_actor() RETURNS boolean
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$
BEGIN
  RETURN COALESCE(
    app.current_user_type() = 'tenant'
      AND app.current_tenant_id() IS NOT NULL
      AND app.current_user_id() IS NOT NULL
      AND app.current_actor_role() IN ('owner', 'admin', 'staff', 'viewer'),
    false);
END
$$;

-- The tenant whose rows a tenant actor reads; NULL for every other actor.
CREATE FUNCTION app.member_tenant_id() RETURNS uuid
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$
BEGIN
  RETURN CASE WHEN app.is_tenant_actor() THEN app.current_tenant_id() END;
END
$$;

-- Any well-formed actor at all (for the rows every signed-in or visiting actor may add/read).
CREATE FUNCTION app.has_actor() RETURNS boolean
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$
BEGIN
  RETURN app.is_platform_staff('owner', 'admin', 'sales', 'support')
    OR app.is_system()
    OR app.is_tenant_actor()
    OR COALESCE(app.current_user_type() = 'public' AND app.current_tenant_id() IS NOT NULL, false);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Helpers that must read rows the caller cannot (or must not depend on the caller's policies):
-- SECURITY DEFINER, empty search_path, every name qualified.

-- The effective tenant role, from the database rather than the session: the user's active row,
-- or, for "login as tenant", the session's role (viewer, or admin when changes were allowed)
-- only while an unexpired impersonation session of an active platform owner backs it.
CREATE FUNCTION app.tenant_role() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT CASE
      WHEN NOT app.is_tenant_actor() THEN NULL
      WHEN app.current_impersonator_id() IS NOT NULL THEN (
        SELECT app.current_actor_role()
        FROM public.impersonation_sessions s
        JOIN public.platform_users p ON p.id = s.owner_id
        WHERE s.owner_id = app.current_impersonator_id()
          AND s.owner_id = app.current_user_id()
          AND s.tenant_id = app.current_tenant_id()
          AND s.ended_at IS NULL
          AND s.expires_at > now()
          AND p.role = 'owner' AND p.is_active AND p.deleted_at IS NULL
          AND (app.current_actor_role() = 'viewer'
            OR (app.current_actor_role() = 'admin' AND s.allow_changes))
        LIMIT 1)
      ELSE (
        SELECT u.role::text
        FROM public.tenant_users u
        WHERE u.tenant_id = app.current_tenant_id()
          AND u.id = app.current_user_id()
          AND u.is_active AND u.deleted_at IS NULL)
    END
  $$;

-- Whether the tenant actor holds a permission: owner/admin all, staff the defaults plus their
-- row's `permissions`, viewer none.
CREATE FUNCTION app.tenant_can(permission text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT COALESCE(
      CASE app.tenant_role()
        WHEN 'owner' THEN true
        WHEN 'admin' THEN true
        WHEN 'staff' THEN permission = ANY (ARRAY[
            'customers.write', 'conversations.reply', 'campaigns.write', 'campaigns.send',
            'analytics.view'])
          OR EXISTS (
            SELECT 1 FROM public.tenant_users u
            WHERE u.tenant_id = app.current_tenant_id()
              AND u.id = app.current_user_id()
              AND permission = ANY (u.permissions))
        ELSE false
      END,
      false)
  $$;

-- Tenants a sales rep or a support user is assigned to (empty for everyone else). Returned as
-- an array so policies can use `= ANY ((SELECT ...)::uuid[])`, which keeps index scans.
CREATE FUNCTION app.assigned_tenant_ids() RETURNS uuid[]
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT COALESCE(array_agg(t.id), '{}')
    FROM public.tenants t
    WHERE (app.is_platform_staff('sales') AND t.assigned_sales_rep_id = app.current_user_id())
       OR (app.is_platform_staff('support') AND t.assigned_support_id = app.current_user_id())
  $$;

-- Territories a sales rep covers: the unassigned sales leads there are theirs to pick up.
CREATE FUNCTION app.my_territory_ids() RETURNS uuid[]
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT COALESCE(array_agg(st.id), '{}')
    FROM public.sales_territories st
    WHERE app.is_platform_staff('sales') AND st.assigned_to = app.current_user_id()
  $$;

-- A website visitor's tenant, only while that tenant is live (not deleted, suspended or
-- canceled): a closed business's site shows nothing and takes no leads.
CREATE FUNCTION app.public_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT t.id
    FROM public.tenants t
    WHERE app.current_user_type() = 'public'
      AND t.id = app.current_tenant_id()
      AND t.deleted_at IS NULL
      AND t.subscription_status NOT IN ('suspended', 'canceled')
  $$;

-- The visitor's tenant's website, only when published.
CREATE FUNCTION app.public_website_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT w.id
    FROM public.tenant_websites w
    WHERE w.tenant_id = app.public_tenant_id() AND w.is_published
  $$;

REVOKE EXECUTE ON FUNCTION app.tenant_role(), app.tenant_can(text), app.assigned_tenant_ids(),
  app.my_territory_ids(), app.public_tenant_id(), app.public_website_id() FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO aizalo_app;

-- ---------------------------------------------------------------------------------------------
-- Enable and force RLS on every table (no policy = no rows), then add policies per actor.

DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'pgmigrations'
  LOOP
    EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
  END LOOP;
END
$$;

-- Platform owner/admin and system services see and write every row (the API keeps the
-- owner-only items to the owner). Exceptions, below: password_resets (system only),
-- impersonation_sessions (owner writes, admin reads) and the append-only logs.
DO $$
DECLARE
  t text;
BEGIN
  -- One policy for both trusted actors where they get the same access: every policy adds a
  -- subplan to each query, so fewer policies plan and run faster (pnpm bench:isolation).
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('pgmigrations', 'password_resets', 'impersonation_sessions',
        'audit_logs', 'api_usage', 'system_logs')
  LOOP
    EXECUTE format($p$
      CREATE POLICY platform_admin_or_system_all ON public.%I FOR ALL
        USING ((SELECT app.is_platform_staff('owner', 'admin') OR app.is_system()))
        WITH CHECK ((SELECT app.is_platform_staff('owner', 'admin') OR app.is_system()))$p$, t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['password_resets', 'impersonation_sessions']
  LOOP
    EXECUTE format($p$
      CREATE POLICY system_all ON public.%I FOR ALL
        USING ((SELECT app.is_system()))
        WITH CHECK ((SELECT app.is_system()))$p$, t);
  END LOOP;
END
$$;

-- Tenant tables: the tenant's users read their own tenant's rows (viewer included); writes
-- need the permission that owns the table. Sales and support get no policy here: never a
-- tenant's customers, messages, leads, campaigns, users or settings.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT * FROM (VALUES
      ('customers', 'customers.write'),
      ('leads', 'customers.write'),
      ('booking_requests', 'customers.write'),
      ('conversations', 'conversations.reply'),
      ('messages', 'conversations.reply'),
      ('campaigns', 'campaigns.write'),
      ('content_library', 'campaigns.write'),
      ('reviews', 'website.edit'),
      ('tenant_websites', 'website.edit'),
      ('website_pages', 'website.edit'),
      ('website_customizations', 'website.edit'),
      ('tenant_settings', 'settings.write'),
      ('tenant_users', 'team.manage')
    ) AS v (tbl, permission)
  LOOP
    EXECUTE format($p$
      CREATE POLICY tenant_select ON public.%1$I FOR SELECT
        USING (tenant_id = (SELECT app.member_tenant_id()))$p$, r.tbl);
    EXECUTE format($p$
      CREATE POLICY tenant_insert ON public.%1$I FOR INSERT
        WITH CHECK (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can(%2$L)))$p$,
      r.tbl, r.permission);
    EXECUTE format($p$
      CREATE POLICY tenant_update ON public.%1$I FOR UPDATE
        USING (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can(%2$L)))
        WITH CHECK (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can(%2$L)))$p$,
      r.tbl, r.permission);
    EXECUTE format($p$
      CREATE POLICY tenant_delete ON public.%1$I FOR DELETE
        USING (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can(%2$L)))$p$,
      r.tbl, r.permission);
  END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- tenants: no INSERT or DELETE for tenant users (provisioning is a system service; closing an
-- account is platform staff's). Which columns a tenant may change: 0007's trigger.

CREATE POLICY tenant_select ON tenants FOR SELECT
  USING (id = (SELECT app.member_tenant_id()));
CREATE POLICY tenant_admin_update ON tenants FOR UPDATE
  USING (id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_role()) IN ('owner', 'admin'))
  WITH CHECK (id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_role()) IN ('owner', 'admin'));
CREATE POLICY sales_select ON tenants FOR SELECT
  USING ((SELECT app.is_platform_staff('sales')) AND assigned_sales_rep_id = (SELECT app.current_user_id()));
CREATE POLICY support_select ON tenants FOR SELECT
  USING ((SELECT app.is_platform_staff('support')) AND assigned_support_id = (SELECT app.current_user_id()));
CREATE POLICY public_select ON tenants FOR SELECT
  USING (id = (SELECT app.public_tenant_id()));

-- tenant_users: everyone edits their own profile and password; role, permissions and active
-- state stay with team.manage (0007's trigger).
CREATE POLICY tenant_self_update ON tenant_users FOR UPDATE
  USING (tenant_id = (SELECT app.member_tenant_id()) AND id = (SELECT app.current_user_id()))
  WITH CHECK (tenant_id = (SELECT app.member_tenant_id()) AND id = (SELECT app.current_user_id()));

-- invitations carry token hashes: only those who manage the team see them.
CREATE POLICY team_manage_all ON invitations FOR ALL
  USING (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can('team.manage')))
  WITH CHECK (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can('team.manage')));

-- ---------------------------------------------------------------------------------------------
-- Website visitors (`public`): the live tenant's published content, and three kinds of insert
-- (without RETURNING: they cannot read back what they wrote).

CREATE POLICY public_select ON tenant_websites FOR SELECT
  USING (tenant_id = (SELECT app.public_tenant_id()) AND id = (SELECT app.public_website_id()));
CREATE POLICY public_select ON website_pages FOR SELECT
  USING (tenant_id = (SELECT app.public_tenant_id())
    AND website_id = (SELECT app.public_website_id()) AND is_published);
CREATE POLICY public_select ON website_customizations FOR SELECT
  USING (tenant_id = (SELECT app.public_tenant_id()) AND website_id = (SELECT app.public_website_id()));
CREATE POLICY public_select ON reviews FOR SELECT
  USING (tenant_id = (SELECT app.public_tenant_id()) AND is_published AND deleted_at IS NULL);

CREATE POLICY public_insert ON leads FOR INSERT
  WITH CHECK (tenant_id = (SELECT app.public_tenant_id())
    AND stage = 'new' AND customer_id IS NULL AND assigned_to IS NULL AND converted_at IS NULL
    AND deleted_at IS NULL);
CREATE POLICY public_insert ON booking_requests FOR INSERT
  WITH CHECK (tenant_id = (SELECT app.public_tenant_id()) AND status = 'new');
CREATE POLICY public_insert ON reviews FOR INSERT
  WITH CHECK (tenant_id = (SELECT app.public_tenant_id())
    AND NOT is_published AND customer_id IS NULL AND source = 'website' AND deleted_at IS NULL);

-- Global website templates: readable by anyone, even without settings.
CREATE POLICY anyone_select ON website_templates FOR SELECT USING (true);
CREATE POLICY anyone_select ON website_sections FOR SELECT USING (true);

-- ---------------------------------------------------------------------------------------------
-- Account rows of assigned tenants: sales and support read, never write (except sales' own
-- client notes). A rep sees the revenue they earned on, whoever the tenant's rep is now.

CREATE POLICY assigned_select ON tenant_websites FOR SELECT
  USING (tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[]));
CREATE POLICY assigned_select ON subscription_changes FOR SELECT
  USING (tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[]));
CREATE POLICY assigned_select ON sales_client_notes FOR SELECT
  USING (tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[]));
CREATE POLICY sales_select ON platform_revenue FOR SELECT
  USING ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id()));
CREATE POLICY support_select ON platform_revenue FOR SELECT
  USING ((SELECT app.is_platform_staff('support'))
    AND tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[]));

CREATE POLICY sales_author_insert ON sales_client_notes FOR INSERT
  WITH CHECK ((SELECT app.is_platform_staff('sales'))
    AND author_id = (SELECT app.current_user_id())
    AND tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[]));
CREATE POLICY sales_author_update ON sales_client_notes FOR UPDATE
  USING ((SELECT app.is_platform_staff('sales')) AND author_id = (SELECT app.current_user_id())
    AND tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[]))
  WITH CHECK ((SELECT app.is_platform_staff('sales')) AND author_id = (SELECT app.current_user_id())
    AND tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[]));
CREATE POLICY sales_author_delete ON sales_client_notes FOR DELETE
  USING ((SELECT app.is_platform_staff('sales')) AND author_id = (SELECT app.current_user_id())
    AND tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[]));

-- ---------------------------------------------------------------------------------------------
-- The sales pipeline: a rep's own rows, read and write (no hard deletes: leads are
-- soft-deleted, demos cancelled). A lead is a rep's when assigned to them, or unassigned in one
-- of their territories (claiming it means assigning it to themselves; handing it to another rep
-- is an admin's job).

CREATE POLICY sales_own_select ON sales_leads FOR SELECT
  USING ((SELECT app.is_platform_staff('sales')) AND (
    assigned_to = (SELECT app.current_user_id())
    OR (assigned_to IS NULL AND territory_id = ANY ((SELECT app.my_territory_ids())::uuid[]))));
CREATE POLICY sales_own_insert ON sales_leads FOR INSERT
  WITH CHECK ((SELECT app.is_platform_staff('sales')) AND (
      assigned_to = (SELECT app.current_user_id())
      OR (assigned_to IS NULL AND territory_id = ANY ((SELECT app.my_territory_ids())::uuid[])))
    AND (tenant_id IS NULL OR tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[])));
CREATE POLICY sales_own_update ON sales_leads FOR UPDATE
  USING ((SELECT app.is_platform_staff('sales')) AND (
    assigned_to = (SELECT app.current_user_id())
    OR (assigned_to IS NULL AND territory_id = ANY ((SELECT app.my_territory_ids())::uuid[]))))
  WITH CHECK ((SELECT app.is_platform_staff('sales')) AND (
      assigned_to = (SELECT app.current_user_id())
      OR (assigned_to IS NULL AND territory_id = ANY ((SELECT app.my_territory_ids())::uuid[])))
    AND (tenant_id IS NULL OR tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[])));

-- Demos and onboarding sessions hang off a lead the rep can see (the EXISTS runs under the
-- rep's own sales_leads policies), so a plain foreign key cannot attach them to another's lead.
CREATE POLICY sales_own_select ON sales_demos FOR SELECT
  USING ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id()));
CREATE POLICY sales_own_insert ON sales_demos FOR INSERT
  WITH CHECK ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id())
    AND EXISTS (SELECT 1 FROM sales_leads l WHERE l.id = lead_id));
CREATE POLICY sales_own_update ON sales_demos FOR UPDATE
  USING ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id()))
  WITH CHECK ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id())
    AND EXISTS (SELECT 1 FROM sales_leads l WHERE l.id = lead_id));

CREATE POLICY sales_own_select ON onboarding_sessions FOR SELECT
  USING ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id()));
CREATE POLICY sales_own_insert ON onboarding_sessions FOR INSERT
  WITH CHECK ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id())
    AND (lead_id IS NULL OR EXISTS (SELECT 1 FROM sales_leads l WHERE l.id = lead_id))
    AND (tenant_id IS NULL OR tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[])));
CREATE POLICY sales_own_update ON onboarding_sessions FOR UPDATE
  USING ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id()))
  WITH CHECK ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id())
    AND (lead_id IS NULL OR EXISTS (SELECT 1 FROM sales_leads l WHERE l.id = lead_id))
    AND (tenant_id IS NULL OR tenant_id = ANY ((SELECT app.assigned_tenant_ids())::uuid[])));

-- Money a rep earns and the rates behind it: read-only (rates and payouts are the owner's).
CREATE POLICY sales_own_select ON commissions FOR SELECT
  USING ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id()));
CREATE POLICY sales_own_select ON sales_commission_rates FOR SELECT
  USING ((SELECT app.is_platform_staff('sales')) AND sales_rep_id = (SELECT app.current_user_id()));

CREATE POLICY staff_select ON sales_territories FOR SELECT
  USING ((SELECT app.is_platform_staff('sales', 'support')));

-- Platform staff read and edit their own profile; role, active state and deletion stay with
-- owner/admin (0007's trigger).
CREATE POLICY self_select ON platform_users FOR SELECT
  USING ((SELECT app.is_platform_staff('sales', 'support')) AND id = (SELECT app.current_user_id()));
CREATE POLICY self_update ON platform_users FOR UPDATE
  USING ((SELECT app.is_platform_staff('sales', 'support')) AND id = (SELECT app.current_user_id()))
  WITH CHECK ((SELECT app.is_platform_staff('sales', 'support')) AND id = (SELECT app.current_user_id()));

-- ---------------------------------------------------------------------------------------------
-- Operations

-- Global defaults and the actor's own tenant's overrides, for any actor.
CREATE POLICY actor_select ON feature_flags FOR SELECT
  USING ((SELECT app.has_actor())
    AND (tenant_id IS NULL OR tenant_id = (SELECT app.current_tenant_id())));

-- "Login as tenant" is the owner's alone; admins and the tenant's owner/admin can see it
-- happened.
CREATE POLICY owner_all ON impersonation_sessions FOR ALL
  USING ((SELECT app.is_platform_staff('owner')))
  WITH CHECK ((SELECT app.is_platform_staff('owner')));
CREATE POLICY admin_select ON impersonation_sessions FOR SELECT
  USING ((SELECT app.is_platform_staff('admin')));
CREATE POLICY tenant_admin_select ON impersonation_sessions FOR SELECT
  USING (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_role()) IN ('owner', 'admin'));

-- Append-only logs (no UPDATE/DELETE grant at all). A row must tell the truth about who wrote
-- it: the acting user, user type and impersonator are the session's, and tenant actors and
-- visitors write only for their own tenant.
CREATE POLICY actor_insert ON audit_logs FOR INSERT
  WITH CHECK ((SELECT app.has_actor())
    AND actor_user_type::text = (SELECT app.current_user_type())
    AND actor_user_id IS NOT DISTINCT FROM (SELECT app.current_user_id())
    AND impersonator_id IS NOT DISTINCT FROM (SELECT app.current_impersonator_id())
    AND ((SELECT app.current_user_type()) IN ('platform', 'system')
      OR tenant_id = (SELECT app.current_tenant_id())));
CREATE POLICY platform_admin_select ON audit_logs FOR SELECT
  USING ((SELECT app.is_platform_staff('owner', 'admin')));
CREATE POLICY system_select ON audit_logs FOR SELECT USING ((SELECT app.is_system()));
CREATE POLICY tenant_admin_select ON audit_logs FOR SELECT
  USING (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_role()) IN ('owner', 'admin'));

CREATE POLICY actor_insert ON api_usage FOR INSERT
  WITH CHECK ((SELECT app.has_actor())
    AND ((SELECT app.current_user_type()) IN ('platform', 'system')
      OR tenant_id = (SELECT app.current_tenant_id())));
CREATE POLICY platform_admin_select ON api_usage FOR SELECT
  USING ((SELECT app.is_platform_staff('owner', 'admin')));
CREATE POLICY system_select ON api_usage FOR SELECT USING ((SELECT app.is_system()));

CREATE POLICY platform_insert ON system_logs FOR INSERT
  WITH CHECK ((SELECT app.is_platform_staff('owner', 'admin', 'sales', 'support')) OR (SELECT app.is_system()));
CREATE POLICY platform_admin_select ON system_logs FOR SELECT
  USING ((SELECT app.is_platform_staff('owner', 'admin')));
CREATE POLICY system_select ON system_logs FOR SELECT USING ((SELECT app.is_system()));
