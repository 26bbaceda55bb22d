-- Up Migration
-- The per-request session re-check (packages/api/src/auth/recheck-session.ts) runs inside the
-- request's own unit of work, as the session's actor, in the same transaction as the call it
-- guards. RLS would hide some of what it must read (a "login as tenant" session cannot see the
-- owner's platform_users row), so this reads it: only the acting account, taken from the
-- transaction's actor settings, never from an argument, so nobody can ask about anyone else.
-- One row, or none when the account (or its business) is gone. `impersonation_session_id`
-- only narrows which impersonation row counts as live (and the role must be the one it grants,
-- as app.tenant_role() requires).

CREATE FUNCTION app.session_state(impersonation_session_id uuid)
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
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
    -- Platform staff: their own account.
    SELECT p.is_active, p.role::text, p.session_version, p.totp_enabled_at IS NOT NULL,
      NULL::text, NULL::text, NULL::boolean, NULL::timestamptz, NULL::boolean
    FROM public.platform_users p
    WHERE app.current_user_type() = 'platform'
      AND p.id = app.current_user_id() AND p.deleted_at IS NULL
    UNION ALL
    -- A business's user: their row and their business's standing.
    SELECT u.is_active, u.role::text, u.session_version, NULL::boolean,
      t.subdomain::text, t.subscription_status::text, t.is_demo, t.demo_expires_at, NULL
    FROM public.tenant_users u
    JOIN public.tenants t ON t.id = u.tenant_id
    WHERE app.current_user_type() = 'tenant' AND app.current_impersonator_id() IS NULL
      AND u.id = app.current_user_id() AND u.tenant_id = app.current_tenant_id()
      AND u.deleted_at IS NULL AND t.deleted_at IS NULL
    UNION ALL
    -- "Login as tenant": the platform owner's own account, and whether the named
    -- impersonation session of that owner at this business is still running.
    SELECT p.is_active, p.role::text, p.session_version, NULL,
      NULL, NULL, NULL, NULL,
      EXISTS (
        SELECT 1 FROM public.impersonation_sessions s
        WHERE s.id = impersonation_session_id
          AND s.owner_id = p.id AND s.tenant_id = app.current_tenant_id()
          AND s.ended_at IS NULL AND s.expires_at > now()
          -- read-only (viewer), or admin only when the owner ticked "allow changes"
          AND (app.current_actor_role() = 'viewer'
            OR (app.current_actor_role() = 'admin' AND s.allow_changes)))
    FROM public.platform_users p
    WHERE app.current_user_type() = 'tenant'
      AND app.current_impersonator_id() IS NOT NULL
      AND p.id = app.current_impersonator_id() AND p.id = app.current_user_id()
      AND p.deleted_at IS NULL
  $$;

REVOKE EXECUTE ON FUNCTION app.session_state(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.session_state(uuid) TO aizalo_app;
