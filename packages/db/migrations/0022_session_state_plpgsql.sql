-- Up Migration
-- app.session_state() runs on every API call (the session re-check, 0016). As a SQL function
-- with SET search_path it cannot be inlined, so PostgreSQL planned its three-branch query on
-- every call: about 0.5 ms of database CPU each time, more than the call's own reads
-- (pnpm bench:http). The same checks in PL/pgSQL: only the branch for the acting kind of
-- account runs, and each branch's plan is prepared once per connection and reused.
-- Same signature, same rows, same grants.
CREATE OR REPLACE FUNCTION app.session_state(impersonation_session_id uuid)
  RETURNS TABLE (
    is_active boolean,
    role text,
    session_version integer,
    totp_enabled boolean,
    subdomain text,
    subscription_status text,
    is_demo boolean,
    demo_expires_at timestamptz,
    impersonation_live boolean
  )
  LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
DECLARE
  acting_type text := app.current_user_type();
  acting_id uuid := app.current_user_id();
  acting_tenant uuid := app.current_tenant_id();
  acting_impersonator uuid := app.current_impersonator_id();
  acting_role text := app.current_actor_role();
BEGIN
  IF acting_type = 'platform' THEN
    -- Platform staff: their own account.
    RETURN QUERY
      SELECT p.is_active, p.role::text, p.session_version, p.totp_enabled_at IS NOT NULL,
        NULL::text, NULL::text, NULL::boolean, NULL::timestamptz, NULL::boolean
      FROM public.platform_users p
      WHERE p.id = acting_id AND p.deleted_at IS NULL;
  ELSIF acting_type = 'tenant' AND acting_impersonator IS NULL THEN
    -- A business's user: their row and their business's standing.
    RETURN QUERY
      SELECT u.is_active, u.role::text, u.session_version, NULL::boolean,
        t.subdomain::text, t.subscription_status::text, t.is_demo, t.demo_expires_at,
        NULL::boolean
      FROM public.tenant_users u
      JOIN public.tenants t ON t.id = u.tenant_id
      WHERE u.id = acting_id AND u.tenant_id = acting_tenant
        AND u.deleted_at IS NULL AND t.deleted_at IS NULL;
  ELSIF acting_type = 'tenant' AND acting_impersonator = acting_id THEN
    -- "Login as tenant": the platform owner's own account, and whether the named
    -- impersonation session of that owner at this business is still running.
    RETURN QUERY
      SELECT p.is_active, p.role::text, p.session_version, NULL::boolean,
        NULL::text, NULL::text, NULL::boolean, NULL::timestamptz,
        EXISTS (
          SELECT 1 FROM public.impersonation_sessions s
          WHERE s.id = impersonation_session_id
            AND s.owner_id = p.id AND s.tenant_id = acting_tenant
            AND s.ended_at IS NULL AND s.expires_at > now()
            -- read-only (viewer), or admin only when the owner ticked "allow changes"
            AND (acting_role = 'viewer' OR (acting_role = 'admin' AND s.allow_changes)))
      FROM public.platform_users p
      WHERE p.id = acting_impersonator AND p.deleted_at IS NULL;
  END IF;
END
$$;
