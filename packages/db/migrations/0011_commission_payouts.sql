-- Up Migration
-- Commission payouts, the sales leaderboard and staff invitations (issue 4, /admin).

-- Who marked a commission paid (approved_by already says who approved it).
ALTER TABLE commissions ADD COLUMN paid_by uuid REFERENCES platform_users (id) ON DELETE SET NULL;
ALTER TABLE commissions ADD CONSTRAINT commissions_approved_before_paid
  CHECK (status = 'pending' OR approved_at IS NOT NULL);

-- ---------------------------------------------------------------------------------------------
-- The sales team's leaderboard for [p_from, p_to), one row per rep:
--   revenue      net platform_revenue earned by the rep (sales_rep_id), paid in the period
--                (a refund counts on its own date, so it lowers the period it falls in);
--   commissions  commissions on that same revenue (the refund's negative one included);
--   deals_won    non-demo tenants the rep onboarded (tenants.onboarded_by) created in the period;
--   leads, leads_won  the rep's sales leads created in the period, and how many of those are won
--                now (conversion rate = leads_won / leads: a cohort rate, never above 100%).
-- Order: revenue, deals won, commissions (all descending), then name and id, so equal figures
-- always rank the same way; rank is the position in that order (1, 2, 3, no shared ranks).
-- Reps: role sales, not deleted; an inactive rep appears only with figures in the period.
--
-- SECURITY DEFINER because a rep's rank depends on the others' figures, which RLS hides from
-- them: owner and admin get every row; a sales rep gets only their own row (with its rank and
-- the team size); anyone else gets nothing.
CREATE FUNCTION app.sales_leaderboard(p_from timestamptz, p_to timestamptz)
  RETURNS TABLE (
    rank bigint,
    team_size bigint,
    sales_rep_id uuid,
    full_name text,
    is_active boolean,
    revenue numeric,
    commissions numeric,
    deals_won bigint,
    leads bigint,
    leads_won bigint
  )
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$
    WITH reps AS (
      SELECT u.id, u.full_name, u.is_active
      FROM public.platform_users u
      WHERE u.role = 'sales' AND u.deleted_at IS NULL
    ),
    money AS (
      SELECT r.sales_rep_id AS rep_id, sum(r.amount) AS revenue, count(*) AS payments,
        COALESCE(sum(c.amount), 0) AS commissions
      FROM public.platform_revenue r
      LEFT JOIN public.commissions c ON c.tenant_id = r.tenant_id AND c.revenue_id = r.id
      WHERE r.paid_at >= p_from AND r.paid_at < p_to AND r.sales_rep_id IS NOT NULL
      GROUP BY r.sales_rep_id
    ),
    deals AS (
      SELECT t.onboarded_by AS rep_id, count(*) AS deals_won
      FROM public.tenants t
      WHERE t.created_at >= p_from AND t.created_at < p_to AND NOT t.is_demo
        AND t.deleted_at IS NULL AND t.onboarded_by IS NOT NULL
      GROUP BY t.onboarded_by
    ),
    cohort AS (
      SELECT l.assigned_to AS rep_id, count(*) AS leads,
        count(*) FILTER (WHERE l.status = 'won') AS leads_won
      FROM public.sales_leads l
      WHERE l.created_at >= p_from AND l.created_at < p_to AND l.deleted_at IS NULL
        AND l.assigned_to IS NOT NULL
      GROUP BY l.assigned_to
    ),
    board AS (
      SELECT reps.id, reps.full_name, reps.is_active,
        COALESCE(money.revenue, 0) AS revenue,
        COALESCE(money.commissions, 0) AS commissions,
        COALESCE(deals.deals_won, 0) AS deals_won,
        COALESCE(cohort.leads, 0) AS leads,
        COALESCE(cohort.leads_won, 0) AS leads_won
      FROM reps
      LEFT JOIN money ON money.rep_id = reps.id
      LEFT JOIN deals ON deals.rep_id = reps.id
      LEFT JOIN cohort ON cohort.rep_id = reps.id
      WHERE reps.is_active OR money.payments > 0 OR deals.deals_won > 0 OR cohort.leads > 0
    ),
    ranked AS (
      SELECT row_number() OVER (
          ORDER BY board.revenue DESC, board.deals_won DESC, board.commissions DESC,
            board.full_name COLLATE "C", board.id) AS rank,
        count(*) OVER () AS team_size,
        board.*
      FROM board
    )
    SELECT ranked.rank, ranked.team_size, ranked.id, ranked.full_name, ranked.is_active,
      ranked.revenue, ranked.commissions, ranked.deals_won, ranked.leads, ranked.leads_won
    FROM ranked
    WHERE app.is_platform_staff('owner', 'admin')
      OR (app.is_platform_staff('sales') AND ranked.id = app.current_user_id())
    ORDER BY ranked.rank
  $$;

REVOKE EXECUTE ON FUNCTION app.sales_leaderboard(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.sales_leaderboard(timestamptz, timestamptz) TO aizalo_app;

-- ---------------------------------------------------------------------------------------------
-- Staff invitations: an owner or admin adding a sales or support person writes the new
-- account's first set-password link in the same transaction (the password reset machinery,
-- with the invitation's 7 days). Insert only (no RETURNING, no reading links back), and only
-- for a sales or support account that has no password yet: never a link into an existing
-- account, nor into an owner's or admin's.
CREATE POLICY staff_invite_insert ON password_resets FOR INSERT
  WITH CHECK ((SELECT app.is_platform_staff('owner', 'admin'))
    AND user_type = 'platform' AND used_at IS NULL
    AND expires_at <= now() + interval '7 days'
    AND EXISTS (
      SELECT 1 FROM platform_users u
      WHERE u.id = platform_user_id AND u.role IN ('sales', 'support')
        AND u.password_hash IS NULL AND u.deleted_at IS NULL));
