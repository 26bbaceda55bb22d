-- Up Migration
-- Customer search matches part of a name, email or phone anywhere in the text
-- (`ILIKE '%wanj%'`, `LIKE '%712345%'`). A B-tree cannot serve a pattern that starts with a
-- wildcard; trigram indexes can. pg_trgm is a trusted extension: a database owner may create it.
--
-- Under row-level security PostgreSQL never uses an index for a condition whose operator is not
-- LEAKPROOF before the policy has passed the row, and LIKE/ILIKE are not: a search written as a
-- plain WHERE through the app role reads every row of the business, indexes or not (measured
-- by pnpm bench:workspace: 100,000 customers). app.customer_ids_matching runs the match with
-- the owner's rights so the indexes serve it, and applies the same rule as the policies itself:
-- only the calling tenant member's own customers (app.member_tenant_id(), NULL for any other
-- actor, so they get nothing). It returns ids and creation times only (enough to pick a page
-- of the newest without reading the rows); callers read the rows themselves, through RLS.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX IF NOT EXISTS customers_first_name_trgm_idx
  ON customers USING gin (first_name gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS customers_last_name_trgm_idx
  ON customers USING gin (last_name gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS customers_email_trgm_idx
  ON customers USING gin ((email::text) gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS customers_phone_trgm_idx
  ON customers USING gin (phone gin_trgm_ops) WHERE deleted_at IS NULL;

-- The calling business's customers whose first name, last name, email or phone contains
-- `term` (case-insensitive; % and _ in it are literal). Terms under 3 characters have no
-- trigram and scan the business's customers: callers may prefer to refuse them.
CREATE FUNCTION app.customer_ids_matching(term text)
  RETURNS TABLE (id uuid, created_at timestamptz)
  LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = ''
  AS $$
    WITH pattern AS (
      SELECT '%' || replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_') || '%' AS p
    )
    SELECT c.id, c.created_at
    FROM public.customers c, pattern
    WHERE c.tenant_id = app.member_tenant_id()
      AND c.deleted_at IS NULL
      AND (c.first_name ILIKE pattern.p OR c.last_name ILIKE pattern.p
        OR c.email::text ILIKE pattern.p OR c.phone LIKE pattern.p)
  $$;
REVOKE EXECUTE ON FUNCTION app.customer_ids_matching(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.customer_ids_matching(text) TO aizalo_app;
