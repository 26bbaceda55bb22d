-- Up Migration
-- Platform tables: staff, settings, the sales pipeline, revenue and commissions, logs, audit,
-- feature flags, impersonation and subscription history.
--
-- Several of these rows belong to a tenant (tenant_id), but `tenants` is created in 0003: the
-- foreign keys from this file to tenants are added at the top of 0003_tenants.sql.
-- No RLS, grants or policies here: 0006_rls.sql adds them for every table.

-- Vocabularies shared by later files are created where first used.
CREATE TYPE industry AS ENUM (
  'hotels', 'restaurants', 'real_estate', 'car_dealers', 'beauty', 'medical', 'tech', 'law',
  'hardware'
);
CREATE TYPE platform_role AS ENUM ('owner', 'admin', 'sales', 'support');
-- Who a unit of work runs as (the `app.user_type` setting).
CREATE TYPE user_type AS ENUM ('platform', 'tenant', 'public', 'system');
CREATE TYPE setting_data_type AS ENUM ('string', 'number', 'boolean', 'json');
CREATE TYPE subscription_status AS ENUM ('trial', 'active', 'past_due', 'canceled', 'suspended');
CREATE TYPE subscription_plan AS ENUM ('starter', 'professional', 'growth');
CREATE TYPE subscription_change_kind AS ENUM (
  'created', 'activated', 'plan_changed', 'fee_changed', 'status_changed'
);
CREATE TYPE sales_lead_status AS ENUM ('new', 'contacted', 'demo', 'negotiating', 'won', 'lost');
CREATE TYPE sales_demo_status AS ENUM ('scheduled', 'held', 'no_show', 'cancelled');
CREATE TYPE onboarding_status AS ENUM ('scheduled', 'in_progress', 'completed', 'cancelled');
CREATE TYPE revenue_type AS ENUM ('subscription', 'setup', 'addon', 'overage');
CREATE TYPE payment_method AS ENUM ('mpesa', 'bank', 'card', 'cash');
CREATE TYPE commission_kind AS ENUM ('earned', 'refund');
CREATE TYPE commission_status AS ENUM ('pending', 'approved', 'paid');
CREATE TYPE log_level AS ENUM ('debug', 'info', 'warning', 'error', 'critical');

-- ---------------------------------------------------------------------------------------------
-- Staff and settings

CREATE TABLE platform_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email citext NOT NULL,
  -- NULL until the person sets a password through their first reset link.
  password_hash text,
  full_name text NOT NULL CHECK (btrim(full_name) <> ''),
  phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  role platform_role NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  -- Bumped on password change, role change or deactivation: JWTs carrying an older value die.
  session_version integer NOT NULL DEFAULT 1 CHECK (session_version >= 1),
  -- TOTP secret, encrypted by the application before it is stored.
  totp_secret text,
  totp_enabled_at timestamptz,
  -- Last accepted 30-second step, so one code cannot be replayed.
  totp_last_used_step bigint,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL)
);
CREATE UNIQUE INDEX platform_users_email_key ON platform_users (email) WHERE deleted_at IS NULL;
CREATE INDEX platform_users_role_idx ON platform_users (role) WHERE deleted_at IS NULL;
CREATE TRIGGER platform_users_touch BEFORE UPDATE ON platform_users
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TABLE platform_settings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9_.]*$'),
  value jsonb NOT NULL,
  data_type setting_data_type NOT NULL,
  description text,
  updated_by uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- The declared type must match the stored JSON value ('json' accepts anything).
  CHECK (data_type = 'json' OR jsonb_typeof(value) = data_type::text)
);
CREATE TRIGGER platform_settings_touch BEFORE UPDATE ON platform_settings
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Sales team

CREATE TABLE sales_territories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  city text NOT NULL,
  assigned_to uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sales_territories_assigned_to_idx ON sales_territories (assigned_to);
CREATE TRIGGER sales_territories_touch BEFORE UPDATE ON sales_territories
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- A rep's rates over time: a new row per change, never an update, so past commissions can be
-- explained. The rate in force at a payment is the latest effective_from <= paid_at.
CREATE TABLE sales_commission_rates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sales_rep_id uuid NOT NULL REFERENCES platform_users (id),
  setup_rate numeric(5,2) NOT NULL CHECK (setup_rate BETWEEN 0 AND 100),
  recurring_rate numeric(5,2) NOT NULL CHECK (recurring_rate BETWEEN 0 AND 100),
  effective_from timestamptz NOT NULL,
  created_by uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (sales_rep_id, effective_from)
);

CREATE TABLE sales_leads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  business_name text NOT NULL CHECK (btrim(business_name) <> ''),
  contact_name text,
  phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  email citext,
  industry industry,
  city text,
  territory_id uuid REFERENCES sales_territories (id) ON DELETE SET NULL,
  assigned_to uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  status sales_lead_status NOT NULL DEFAULT 'new',
  -- Expected monthly fee in KES.
  value numeric(12,2) CHECK (value >= 0),
  notes text,
  next_action text,
  follow_up_at timestamptz,
  last_contact_at timestamptz,
  lost_reason text,
  -- The tenant this lead became when won (FK in 0003). Not the owner of the row: sales leads
  -- are platform rows, invisible to tenants.
  tenant_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CHECK (tenant_id IS NULL OR status = 'won')
);
CREATE INDEX sales_leads_assigned_to_status_idx ON sales_leads (assigned_to, status)
  WHERE deleted_at IS NULL;
CREATE INDEX sales_leads_status_idx ON sales_leads (status, created_at DESC)
  WHERE deleted_at IS NULL;
-- Unassigned leads of a territory (what a rep may pick up).
CREATE INDEX sales_leads_territory_idx ON sales_leads (territory_id, status)
  WHERE deleted_at IS NULL;
CREATE INDEX sales_leads_follow_up_idx ON sales_leads (assigned_to, follow_up_at)
  WHERE deleted_at IS NULL AND follow_up_at IS NOT NULL;
CREATE UNIQUE INDEX sales_leads_tenant_id_key ON sales_leads (tenant_id)
  WHERE tenant_id IS NOT NULL;
CREATE TRIGGER sales_leads_touch BEFORE UPDATE ON sales_leads
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TABLE sales_demos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  lead_id uuid NOT NULL REFERENCES sales_leads (id) ON DELETE CASCADE,
  sales_rep_id uuid NOT NULL REFERENCES platform_users (id),
  scheduled_at timestamptz NOT NULL,
  -- Where it happens: a place for a visit, a link for a call (either or both).
  location text,
  call_link text,
  status sales_demo_status NOT NULL DEFAULT 'scheduled',
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sales_demos_rep_idx ON sales_demos (sales_rep_id, scheduled_at);
CREATE INDEX sales_demos_lead_idx ON sales_demos (lead_id);
CREATE TRIGGER sales_demos_touch BEFORE UPDATE ON sales_demos
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- Notes a rep or support keeps about a client tenant; never shown to the tenant.
CREATE TABLE sales_client_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  author_id uuid NOT NULL REFERENCES platform_users (id),
  body text NOT NULL CHECK (btrim(body) <> ''),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sales_client_notes_tenant_idx ON sales_client_notes (tenant_id, created_at DESC);
CREATE INDEX sales_client_notes_author_idx ON sales_client_notes (author_id);
CREATE TRIGGER sales_client_notes_touch BEFORE UPDATE ON sales_client_notes
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- The onboarding wizard a rep runs with a new client; it survives a closed browser.
CREATE TABLE onboarding_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sales_rep_id uuid NOT NULL REFERENCES platform_users (id),
  lead_id uuid REFERENCES sales_leads (id) ON DELETE SET NULL,
  -- Set when the wizard provisions the tenant (FK in 0003).
  tenant_id uuid,
  status onboarding_status NOT NULL DEFAULT 'scheduled',
  -- Key of the wizard step the rep is on; the application owns the step names.
  current_step text,
  -- The fields entered so far, replayed when the wizard is reopened.
  data jsonb NOT NULL DEFAULT '{}',
  scheduled_at timestamptz,
  completed_at timestamptz,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (jsonb_typeof(data) = 'object'),
  CHECK (status <> 'completed' OR completed_at IS NOT NULL)
);
CREATE INDEX onboarding_sessions_rep_idx ON onboarding_sessions (sales_rep_id, status);
CREATE INDEX onboarding_sessions_lead_idx ON onboarding_sessions (lead_id);
CREATE INDEX onboarding_sessions_tenant_idx ON onboarding_sessions (tenant_id);
CREATE TRIGGER onboarding_sessions_touch BEFORE UPDATE ON onboarding_sessions
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Money (KES)

-- Money received from tenants. A refund is its own row with a negative amount pointing at the
-- payment it reverses (same tenant, enforced by the composite key), so sums net out.
CREATE TABLE platform_revenue (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  amount numeric(12,2) NOT NULL,
  type revenue_type NOT NULL,
  payment_method payment_method NOT NULL,
  -- The provider's receipt (an M-Pesa transaction code, a bank reference).
  payment_reference text,
  -- The rep assigned to the tenant when the payment was recorded: earns the commission.
  sales_rep_id uuid REFERENCES platform_users (id),
  refund_of_id uuid,
  description text,
  paid_at timestamptz NOT NULL DEFAULT now(),
  -- NULL when a webhook recorded it.
  recorded_by uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, refund_of_id) REFERENCES platform_revenue (tenant_id, id),
  CHECK ((refund_of_id IS NULL AND amount > 0) OR (refund_of_id IS NOT NULL AND amount < 0))
);
CREATE INDEX platform_revenue_tenant_idx ON platform_revenue (tenant_id, paid_at DESC);
CREATE INDEX platform_revenue_paid_at_idx ON platform_revenue (paid_at);
CREATE INDEX platform_revenue_rep_idx ON platform_revenue (sales_rep_id, paid_at);
-- A provider callback delivered twice must not record the payment twice.
CREATE UNIQUE INDEX platform_revenue_reference_key ON platform_revenue (payment_method, payment_reference)
  WHERE payment_reference IS NOT NULL;

-- One commission per revenue row. A refund row yields a negative `refund` commission, netted
-- against the next payout when the original was already paid.
CREATE TABLE commissions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sales_rep_id uuid NOT NULL REFERENCES platform_users (id),
  tenant_id uuid NOT NULL,
  revenue_id uuid NOT NULL,
  kind commission_kind NOT NULL DEFAULT 'earned',
  amount numeric(12,2) NOT NULL,
  -- The rate applied (setup or recurring, from sales_commission_rates at the payment time).
  rate numeric(5,2) NOT NULL CHECK (rate BETWEEN 0 AND 100),
  status commission_status NOT NULL DEFAULT 'pending',
  approved_at timestamptz,
  approved_by uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  paid_at timestamptz,
  payout_reference text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, revenue_id) REFERENCES platform_revenue (tenant_id, id),
  -- One per revenue row (a revenue id has one tenant, so this is revenue_id alone).
  UNIQUE (tenant_id, revenue_id),
  CHECK ((kind = 'earned' AND amount >= 0) OR (kind = 'refund' AND amount <= 0)),
  CHECK (status <> 'paid' OR paid_at IS NOT NULL)
);
CREATE INDEX commissions_rep_idx ON commissions (sales_rep_id, status, created_at DESC);
CREATE INDEX commissions_tenant_idx ON commissions (tenant_id, created_at DESC);
CREATE TRIGGER commissions_touch BEFORE UPDATE ON commissions
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- Every status, plan or fee change of a tenant with its effective time: the source of MRR
-- history (new, expansion, contraction, churn).
CREATE TABLE subscription_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  kind subscription_change_kind NOT NULL,
  from_status subscription_status,
  to_status subscription_status,
  from_plan subscription_plan,
  to_plan subscription_plan,
  from_fee numeric(12,2) CHECK (from_fee >= 0),
  to_fee numeric(12,2) CHECK (to_fee >= 0),
  effective_at timestamptz NOT NULL DEFAULT now(),
  -- The platform user who made the change; NULL when a system job did (billing, expiry).
  actor_id uuid REFERENCES platform_users (id) ON DELETE SET NULL,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX subscription_changes_tenant_idx ON subscription_changes (tenant_id, effective_at);
CREATE INDEX subscription_changes_effective_idx ON subscription_changes (effective_at);

-- ---------------------------------------------------------------------------------------------
-- Operations

-- Global defaults have tenant_id NULL; a row with a tenant id overrides the default for that
-- tenant. NULLS NOT DISTINCT (PostgreSQL 15+) allows one global row per key.
CREATE TABLE feature_flags (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_.-]*$'),
  description text,
  enabled boolean NOT NULL DEFAULT false,
  tenant_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT feature_flags_key_tenant_key UNIQUE NULLS NOT DISTINCT (key, tenant_id)
);
CREATE INDEX feature_flags_tenant_idx ON feature_flags (tenant_id, key) WHERE tenant_id IS NOT NULL;
CREATE TRIGGER feature_flags_touch BEFORE UPDATE ON feature_flags
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- "Login as tenant": owner only, a reason, at most an hour (the app grants 30 minutes).
CREATE TABLE impersonation_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES platform_users (id),
  tenant_id uuid NOT NULL,
  reason text NOT NULL CHECK (btrim(reason) <> ''),
  -- false: runs as a read-only viewer; true: as a tenant admin.
  allow_changes boolean NOT NULL DEFAULT false,
  started_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  CHECK (expires_at > started_at AND expires_at <= started_at + interval '60 minutes'),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX impersonation_sessions_tenant_idx ON impersonation_sessions (tenant_id, started_at DESC);
CREATE INDEX impersonation_sessions_owner_idx ON impersonation_sessions (owner_id, started_at DESC);

-- Logs are append-only history: their tenant_id and user ids carry no foreign key, so a log
-- line never blocks a delete and outlives the row it mentions.
CREATE TABLE system_logs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  level log_level NOT NULL,
  source text NOT NULL,
  message text NOT NULL,
  metadata jsonb,
  tenant_id uuid,
  request_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX system_logs_created_at_idx ON system_logs (created_at DESC);
CREATE INDEX system_logs_level_idx ON system_logs (level, created_at DESC);
CREATE INDEX system_logs_tenant_idx ON system_logs (tenant_id, created_at DESC)
  WHERE tenant_id IS NOT NULL;

CREATE TABLE api_usage (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  endpoint text NOT NULL,
  method text NOT NULL,
  user_id uuid,
  user_type user_type,
  tenant_id uuid,
  response_status integer CHECK (response_status BETWEEN 100 AND 599),
  response_time_ms integer CHECK (response_time_ms >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_usage_created_at_idx ON api_usage (created_at);
CREATE INDEX api_usage_tenant_idx ON api_usage (tenant_id, created_at)
  WHERE tenant_id IS NOT NULL;

-- One row per mutation, written in the same transaction. changed_fields holds column names
-- only: values of personal fields never reach the audit log.
CREATE TABLE audit_logs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- A platform or tenant user id depending on actor_user_type; NULL for public visitors.
  actor_user_id uuid,
  actor_user_type user_type NOT NULL,
  -- platform_role or tenant_role, as text because it depends on the user type.
  actor_role text,
  -- The platform owner behind a "login as tenant" session.
  impersonator_id uuid,
  -- The named service of a `system` unit of work.
  purpose text,
  tenant_id uuid,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id uuid,
  changed_fields text[] NOT NULL DEFAULT '{}',
  metadata jsonb NOT NULL DEFAULT '{}',
  request_id text,
  ip inet,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_logs_tenant_idx ON audit_logs (tenant_id, created_at DESC);
CREATE INDEX audit_logs_created_at_idx ON audit_logs (created_at DESC);
CREATE INDEX audit_logs_entity_idx ON audit_logs (entity, entity_id);
CREATE INDEX audit_logs_actor_idx ON audit_logs (actor_user_id, created_at DESC);
