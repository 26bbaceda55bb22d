-- Up Migration
-- Customer search at size (pnpm bench:workspace: one business with 100,000 customers).
--
-- Under row-level security PostgreSQL never uses an index for a condition whose operator is not
-- LEAKPROOF, and ILIKE/LIKE are not: the customers page's search read every row of the business
-- (about a second). app.search_customers runs the match with the owner's rights, so a trigram
-- index serves it, and applies the tenant_select policy's rule itself: only the calling tenant
-- member's own customers (app.member_tenant_id(), NULL for every other actor, who get nothing),
-- never soft-deleted ones. It returns only rows that policy already lets the caller read.
--
-- A name search matches every word in the first name, last name or email. One trigram index over
-- the three together (lowercased, space-separated) serves all the words of a search in one index
-- scan, where one index per column needed an OR of three scans per word and an ILIKE per column
-- on every candidate row. A word never holds a space, so it cannot match across two fields:
-- "word in first, last or email" is exactly "word in first || ' ' || last || ' ' || email".
-- ILIKE compares lower() of both sides, so LIKE on the lowercased text is the same test.

CREATE FUNCTION app.customer_search_text(first_name text, last_name text, email public.citext)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  BEGIN ATOMIC
    SELECT lower(COALESCE(first_name, '') || ' ' || COALESCE(last_name, '') || ' '
      || COALESCE(email::text, ''));
  END;

-- New rows wait in a GIN index's unsorted pending list, which every search reads whole, until
-- (auto)vacuum or the list's size limit merges them: 4 MB by default, measured at 20 ms a
-- search after the benchmark's 100,000 inserts. A 256 kB limit keeps searches fast and still
-- batches an import's inserts.
CREATE INDEX customers_search_text_trgm_idx ON customers
  USING gin (app.customer_search_text(first_name, last_name, email) gin_trgm_ops)
  WITH (gin_pending_list_limit = 256)
  WHERE deleted_at IS NULL;
ALTER INDEX customers_phone_trgm_idx SET (gin_pending_list_limit = 256);

-- The calling business's live customers matching a search, every column (the caller picks,
-- filters, sorts and pages). `kind`:
--   'words': every term is part of the first name, last name or email (case-insensitive);
--   'email': terms[1] is part of the email;
--   'phone': terms[1] (digits) is part of the phone number.
-- Terms are literal text: % _ and \ match themselves. Terms under 3 characters have no
-- trigram, so they read the business's customers (correct, slower). Built as dynamic SQL so
-- the plan is made for the actual number of words and their patterns.
CREATE FUNCTION app.search_customers(kind text, terms text[])
  RETURNS SETOF public.customers
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' ROWS 500
  AS $$
DECLARE
  tenant uuid := app.member_tenant_id();
  patterns text[];
  matching text := 'app.customer_search_text(c.first_name, c.last_name, c.email)';
  query text := 'SELECT c.* FROM public.customers c WHERE c.tenant_id = $1 AND c.deleted_at IS NULL';
BEGIN
  IF tenant IS NULL OR COALESCE(cardinality(terms), 0) = 0 THEN
    RETURN;
  END IF;
  patterns := ARRAY(
    SELECT '%' || replace(replace(replace(lower(term), '\', '\\'), '%', '\%'), '_', '\_') || '%'
    FROM unnest(terms[1:8]) AS term);
  IF kind = 'phone' THEN
    query := query || ' AND c.phone LIKE $2[1]';
  ELSIF kind = 'email' THEN
    -- The index narrows to rows with the term anywhere; the email test keeps those in the email.
    query := query || format(' AND %s LIKE $2[1] AND c.email::text ILIKE $2[1]', matching);
  ELSIF kind = 'words' THEN
    FOR i IN 1 .. cardinality(patterns) LOOP
      query := query || format(' AND %s LIKE $2[%s]', matching, i);
    END LOOP;
  ELSE
    RAISE EXCEPTION 'unknown customer search kind: %', kind USING ERRCODE = '22023';
  END IF;
  RETURN QUERY EXECUTE query USING tenant, patterns;
END
$$;
REVOKE EXECUTE ON FUNCTION app.search_customers(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.search_customers(text, text[]) TO aizalo_app;

-- Migration 0015's first try, replaced by the above: its per-column indexes only cost writes now
-- (the phone's stays: the phone search uses it).
DROP FUNCTION app.customer_ids_matching(text);
DROP INDEX customers_first_name_trgm_idx;
DROP INDEX customers_last_name_trgm_idx;
DROP INDEX customers_email_trgm_idx;
