-- Up Migration
-- Recovery codes of platform staff's TOTP second factor: ten per enrolment, each usable once,
-- shown once and stored only as a hash (packages/api/src/auth/mfa). A row per code, so using
-- one is a single-row UPDATE that two concurrent sign-ins cannot both win.

CREATE TABLE staff_recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  platform_user_id uuid NOT NULL REFERENCES platform_users (id) ON DELETE CASCADE,
  -- SHA-256 of the normalised code: the codes carry 80 random bits, so no slow hash is needed.
  code_hash text NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (platform_user_id, code_hash)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON staff_recovery_codes TO aizalo_app;
ALTER TABLE staff_recovery_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_recovery_codes FORCE ROW LEVEL SECURITY;

-- Sign-in checks a code before any session exists: a system service.
CREATE POLICY system_all ON staff_recovery_codes FOR ALL
  USING ((SELECT app.is_system()))
  WITH CHECK ((SELECT app.is_system()));

-- Staff manage their own codes (enrolment, disabling). Not even the owner reads another
-- person's: a hash of a second factor is of no use to anyone else.
CREATE POLICY self_all ON staff_recovery_codes FOR ALL
  USING ((SELECT app.is_platform_staff('owner', 'admin', 'sales', 'support'))
    AND platform_user_id = (SELECT app.current_user_id()))
  WITH CHECK ((SELECT app.is_platform_staff('owner', 'admin', 'sales', 'support'))
    AND platform_user_id = (SELECT app.current_user_id()));
