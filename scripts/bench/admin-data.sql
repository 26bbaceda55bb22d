-- pnpm bench:admin's platform: 2,000 businesses (plus 100 demo accounts) with 24 months of
-- subscription history and payments, and a busy day of API calls. Deterministic: every
-- "random" choice is a hash of the business's number.

CREATE TEMP TABLE bench_plan AS
WITH base AS (
  SELECT g AS n,
    (ARRAY['hotels','restaurants','real_estate','car_dealers','beauty','medical','tech','law','hardware'])[1 + g % 9]::industry AS industry,
    (ARRAY['starter','professional','growth'])[1 + (abs(hashint4(g * 7)) % 3)]::subscription_plan AS plan,
    abs(hashint4(g)) % 100 AS kind,
    abs(hashint4(g * 13)) % 1000 / 1000.0 AS r1,
    abs(hashint4(g * 29)) % 1000 / 1000.0 AS r2,
    abs(hashint4(g * 31)) % 4 AS change_kind
  FROM generate_series(1, 2000) AS g
),
fees AS (
  SELECT base.*,
    CASE plan WHEN 'starter' THEN 2500 WHEN 'professional' THEN 5000 ELSE 10000 END::numeric(12,2) AS fee,
    CASE plan WHEN 'starter' THEN 3000 WHEN 'professional' THEN 5000 ELSE 8000 END::numeric(12,2) AS setup_fee,
    CASE
      WHEN kind < 12 THEN 'trial'
      WHEN kind < 72 THEN 'active'
      WHEN kind < 80 THEN 'past_due'
      WHEN kind < 92 THEN 'canceled'
      ELSE 'suspended'
    END::subscription_status AS status
  FROM base
)
SELECT fees.*,
  -- Trials started in the last 13 days; the rest up to 24 months ago.
  CASE WHEN status = 'trial' THEN now() - (1 + r1 * 12) * interval '1 day'
    ELSE now() - (30 + r1 * 690) * interval '1 day' END AS created_at
FROM fees;

ALTER TABLE bench_plan ADD COLUMN activated_at timestamptz, ADD COLUMN left_at timestamptz,
  ADD COLUMN changed_at timestamptz, ADD COLUMN new_fee numeric(12,2);
UPDATE bench_plan SET activated_at = created_at + interval '14 days' WHERE status <> 'trial';
UPDATE bench_plan SET left_at = activated_at + (now() - activated_at) * (0.2 + r2 * 0.7)
  WHERE status IN ('canceled', 'suspended');
-- A quarter move up a step, a quarter down: expansion and contraction.
UPDATE bench_plan SET changed_at = activated_at + (COALESCE(left_at, now()) - activated_at) / 2,
  new_fee = CASE change_kind WHEN 0 THEN fee * 1.2 ELSE fee * 0.8 END
  WHERE status <> 'trial' AND change_kind IN (0, 1);

INSERT INTO tenants (business_name, subdomain, industry, phone, email, city, subscription_status,
  subscription_plan, monthly_fee, trial_ends_at, activated_at, churned_at, suspended_at,
  created_at)
SELECT 'Bench Business ' || n, 'bench-' || n, industry, '+2547' || lpad(n::text, 8, '0'),
  'owner@bench-' || n || '.example.test',
  (ARRAY['Nairobi','Mombasa','Kisumu','Nakuru','Eldoret'])[1 + n % 5], status, plan,
  COALESCE(new_fee, fee), (created_at + interval '14 days')::date, activated_at,
  CASE WHEN status = 'canceled' THEN left_at END, CASE WHEN status = 'suspended' THEN left_at END,
  created_at
FROM bench_plan;

-- 100 demo accounts, "active" at 9,999: in no platform figure.
INSERT INTO tenants (business_name, subdomain, industry, phone, email, subscription_status,
  monthly_fee, is_demo, demo_expires_at, created_at, activated_at)
SELECT 'Bench Demo ' || g, 'bench-demo-' || g, 'tech', '+2541' || lpad(g::text, 8, '0'),
  'demo@bench-demo-' || g || '.example.test', 'active', 9999, true, now() + interval '7 days',
  now() - interval '3 days', now() - interval '3 days'
FROM generate_series(1, 100) AS g;

CREATE TEMP TABLE bench_ids AS
SELECT p.*, t.id AS tenant_id FROM bench_plan p JOIN tenants t ON t.subdomain = 'bench-' || p.n;

INSERT INTO subscription_changes (tenant_id, kind, to_status, to_plan, to_fee, effective_at, created_at)
SELECT tenant_id, 'created', 'trial', plan, fee, created_at, created_at FROM bench_ids;
INSERT INTO subscription_changes (tenant_id, kind, from_status, to_status, to_plan, to_fee, effective_at, created_at)
SELECT tenant_id, 'activated', 'trial', 'active', plan, fee, activated_at, activated_at
FROM bench_ids WHERE activated_at IS NOT NULL;
INSERT INTO subscription_changes (tenant_id, kind, from_fee, to_fee, effective_at, created_at)
SELECT tenant_id, 'fee_changed', fee, new_fee, changed_at, changed_at
FROM bench_ids WHERE changed_at IS NOT NULL;
INSERT INTO subscription_changes (tenant_id, kind, from_status, to_status, effective_at, created_at)
SELECT tenant_id, 'status_changed', 'active', 'past_due', now() - interval '5 days', now() - interval '5 days'
FROM bench_ids WHERE status IN ('past_due', 'suspended');
INSERT INTO subscription_changes (tenant_id, kind, from_status, to_status, effective_at, created_at)
SELECT tenant_id, 'status_changed', 'active', status, left_at, left_at
FROM bench_ids WHERE status IN ('canceled', 'suspended');
-- Suspensions came after the past-due step: move that step just before the suspension.
UPDATE subscription_changes c SET effective_at = b.left_at - interval '7 days',
  created_at = b.left_at - interval '7 days'
FROM bench_ids b
WHERE c.tenant_id = b.tenant_id AND b.status = 'suspended' AND c.to_status = 'past_due';

-- Setup fee at activation; then every month until the business left (or now).
INSERT INTO platform_revenue (tenant_id, amount, type, payment_method, paid_at)
SELECT tenant_id, setup_fee, 'setup', 'mpesa', activated_at FROM bench_ids WHERE activated_at IS NOT NULL;
INSERT INTO platform_revenue (tenant_id, amount, type, payment_method, paid_at)
SELECT b.tenant_id,
  CASE WHEN b.changed_at IS NOT NULL AND paid >= b.changed_at THEN b.new_fee ELSE b.fee END,
  'subscription', (ARRAY['mpesa','mpesa','mpesa','bank','card'])[1 + b.n % 5]::payment_method, paid
FROM bench_ids b,
  generate_series(b.activated_at, COALESCE(b.left_at, now()) - interval '1 day', interval '1 month') AS paid
-- A business now overdue missed its latest month.
WHERE b.activated_at IS NOT NULL
  AND (b.status <> 'past_due' OR paid < now() - interval '1 month');
-- Some add-ons and overage.
INSERT INTO platform_revenue (tenant_id, amount, type, payment_method, paid_at)
SELECT tenant_id, 1500, CASE WHEN n % 2 = 0 THEN 'addon' ELSE 'overage' END::revenue_type, 'mpesa',
  activated_at + interval '40 days'
FROM bench_ids WHERE activated_at IS NOT NULL AND n % 7 = 0 AND activated_at + interval '40 days' < now();

-- A busy day of API calls: 150,000 over the last 24 hours, about 1% server errors.
INSERT INTO api_usage (endpoint, method, user_type, response_status, response_time_ms, created_at)
SELECT (ARRAY['tenant.me','tenant.customers.list','tenant.inbox.list','public.site.page',
    'tenant.customers.update','sales.leads.list','admin.overview.get'])[1 + g % 7],
  CASE WHEN g % 7 = 4 THEN 'mutation' ELSE 'query' END,
  'tenant', CASE WHEN g % 100 = 0 THEN 500 WHEN g % 37 = 0 THEN 403 ELSE 200 END,
  5 + abs(hashint4(g)) % 120, now() - (g / 150000.0) * interval '24 hours'
FROM generate_series(1, 150000) AS g;

ANALYZE;
