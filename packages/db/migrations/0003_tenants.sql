-- Up Migration
-- Tenants, their users and settings, invitations and password resets, plus the foreign keys
-- from the platform tables of 0002 to tenants.

CREATE TYPE tenant_role AS ENUM ('owner', 'admin', 'staff', 'viewer');

-- Plan, fee, status, subdomain and assignments are platform-controlled; 0006 stops tenant
-- users from changing them.
CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  business_name text NOT NULL CHECK (btrim(business_name) <> ''),
  -- The one source of a tenant's subdomain: websites and logins resolve through it.
  subdomain text NOT NULL CHECK (subdomain ~ '^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$'),
  industry industry NOT NULL,
  tier smallint CHECK (tier IN (1, 2, 3)),
  phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  email citext NOT NULL,
  address text,
  city text,
  postal_code text,
  latitude numeric(10,8) CHECK (latitude BETWEEN -90 AND 90),
  longitude numeric(11,8) CHECK (longitude BETWEEN -180 AND 180),
  timezone text NOT NULL DEFAULT 'Africa/Nairobi',
  -- The currency of the tenant's own business data; platform fees are always KES.
  currency text NOT NULL DEFAULT 'KES' CHECK (currency ~ '^[A-Z]{3}$'),
  subscription_status subscription_status NOT NULL DEFAULT 'trial',
  subscription_plan subscription_plan NOT NULL DEFAULT 'starter',
  -- KES per month.
  monthly_fee numeric(12,2) NOT NULL DEFAULT 0 CHECK (monthly_fee >= 0),
  trial_ends_at date,
  next_billing_date date,
  -- Explicit ids drive sales and support access (not business-name matching).
  assigned_sales_rep_id uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  assigned_support_id uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  onboarded_by uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  created_by uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  -- Demo accounts are excluded from every platform metric and expire.
  is_demo boolean NOT NULL DEFAULT false,
  demo_expires_at timestamptz,
  activated_at timestamptz,
  churned_at timestamptz,
  suspended_at timestamptz,
  suspension_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CHECK (demo_expires_at IS NULL OR is_demo)
);
CREATE UNIQUE INDEX tenants_subdomain_key ON tenants (subdomain) WHERE deleted_at IS NULL;
CREATE INDEX tenants_status_idx ON tenants (subscription_status) WHERE deleted_at IS NULL;
CREATE INDEX tenants_plan_idx ON tenants (subscription_plan) WHERE deleted_at IS NULL;
CREATE INDEX tenants_industry_idx ON tenants (industry) WHERE deleted_at IS NULL;
CREATE INDEX tenants_city_idx ON tenants (city) WHERE deleted_at IS NULL;
CREATE INDEX tenants_sales_rep_idx ON tenants (assigned_sales_rep_id);
CREATE INDEX tenants_support_idx ON tenants (assigned_support_id);
CREATE INDEX tenants_created_at_idx ON tenants (created_at DESC);
CREATE INDEX tenants_demo_expiry_idx ON tenants (demo_expires_at) WHERE is_demo;
CREATE TRIGGER tenants_touch BEFORE UPDATE ON tenants
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- A tenant's users sign in at that tenant's login; the same email may exist in two tenants.
CREATE TABLE tenant_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  email citext NOT NULL,
  -- NULL for an invited user until they accept the invitation.
  password_hash text,
  full_name text NOT NULL CHECK (btrim(full_name) <> ''),
  phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  role tenant_role NOT NULL DEFAULT 'staff',
  -- Adds to the role's defaults (meaningful for staff).
  permissions text[] NOT NULL DEFAULT '{}' CHECK (permissions <@ ARRAY[
    'customers.write', 'conversations.reply', 'campaigns.write', 'campaigns.send',
    'analytics.view', 'website.edit', 'settings.write', 'team.manage'
  ]::text[]),
  is_active boolean NOT NULL DEFAULT true,
  -- Bumped on password change or reset, role change or deactivation: ends other sessions.
  session_version integer NOT NULL DEFAULT 1 CHECK (session_version >= 1),
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX tenant_users_email_key ON tenant_users (tenant_id, email)
  WHERE deleted_at IS NULL;
CREATE INDEX tenant_users_role_idx ON tenant_users (tenant_id, role) WHERE deleted_at IS NULL;
CREATE TRIGGER tenant_users_touch BEFORE UPDATE ON tenant_users
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- Configurable settings, one row per (category, key), instead of a settings blob on tenants.
CREATE TABLE tenant_settings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  category text NOT NULL CHECK (category ~ '^[a-z][a-z0-9_]*$'),
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_.]*$'),
  value jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, category, key)
);
CREATE TRIGGER tenant_settings_touch BEFORE UPDATE ON tenant_settings
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- An invitation is sent for a tenant_users row created without a password; accepting sets the
-- password. Only the token's hash is stored. Sent by a tenant user or, during onboarding, by
-- platform staff.
CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  tenant_user_id uuid NOT NULL,
  email citext NOT NULL,
  role tenant_role NOT NULL,
  permissions text[] NOT NULL DEFAULT '{}',
  token_hash text NOT NULL UNIQUE,
  invited_by uuid,
  invited_by_platform_user_id uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, tenant_user_id) REFERENCES tenant_users (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, invited_by) REFERENCES tenant_users (tenant_id, id)
    ON DELETE SET NULL (invited_by),
  CHECK (accepted_at IS NULL OR revoked_at IS NULL)
);
CREATE INDEX invitations_tenant_idx ON invitations (tenant_id, created_at DESC);
CREATE INDEX invitations_user_idx ON invitations (tenant_id, tenant_user_id);

-- Single-use reset links for either kind of user; only the token's hash is stored. Real
-- foreign keys per kind rather than one untyped user id.
CREATE TABLE password_resets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_type user_type NOT NULL CHECK (user_type IN ('platform', 'tenant')),
  platform_user_id uuid REFERENCES platform_users (id) ON DELETE CASCADE,
  tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE,
  tenant_user_id uuid,
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, tenant_user_id) REFERENCES tenant_users (tenant_id, id) ON DELETE CASCADE,
  CHECK (
    (user_type = 'platform' AND platform_user_id IS NOT NULL
      AND tenant_id IS NULL AND tenant_user_id IS NULL)
    OR (user_type = 'tenant' AND platform_user_id IS NULL
      AND tenant_id IS NOT NULL AND tenant_user_id IS NOT NULL)
  )
);
CREATE INDEX password_resets_tenant_idx ON password_resets (tenant_id, tenant_user_id)
  WHERE tenant_id IS NOT NULL;
CREATE INDEX password_resets_platform_user_idx ON password_resets (platform_user_id)
  WHERE platform_user_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Foreign keys from the platform tables of 0002 to tenants.

-- Rows that only exist for a tenant go with it.
ALTER TABLE sales_client_notes
  ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE;
ALTER TABLE impersonation_sessions
  ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE;
ALTER TABLE subscription_changes
  ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE;
ALTER TABLE feature_flags
  ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE;
-- Money is kept: a tenant with payments cannot be hard-deleted (soft delete it).
ALTER TABLE platform_revenue
  ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);
ALTER TABLE commissions
  ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);
-- The sales history outlives the tenant it produced.
ALTER TABLE sales_leads
  ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE SET NULL;
ALTER TABLE onboarding_sessions
  ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE SET NULL;
