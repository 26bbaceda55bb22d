-- Up Migration
-- Who wrote a client note, by name. A sales rep or support user may read only their own
-- platform_users row (0006), yet the notes on a client they look after are also written by
-- colleagues (the previous rep, support, an admin): the sales portal signs each note with its
-- author's name. SECURITY DEFINER reads the names, and only of people who wrote a note on a
-- client the caller is assigned to (owner and admin: any note's author). Names only: no email,
-- phone or anything else of the person.
CREATE FUNCTION app.client_note_authors(p_author_ids uuid[])
  RETURNS TABLE (id uuid, full_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT p.id, p.full_name
    FROM public.platform_users p
    WHERE p.id = ANY (p_author_ids)
      AND EXISTS (
        SELECT 1 FROM public.sales_client_notes n
        WHERE n.author_id = p.id
          AND (app.is_platform_staff('owner', 'admin')
            OR n.tenant_id = ANY (app.assigned_tenant_ids())))
  $$;
REVOKE EXECUTE ON FUNCTION app.client_note_authors(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.client_note_authors(uuid[]) TO aizalo_app;
