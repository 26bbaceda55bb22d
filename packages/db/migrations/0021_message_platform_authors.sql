-- Up Migration
-- Who sent a message written while Aizalo's owner was "logged in as" the business (with changes
-- allowed). They have no tenant_users row for author_id, so without this their replies looked
-- like the assistant's. The column is the database's to fill, from the unit of work's
-- impersonator setting, so nobody can sign a message as platform staff, or unsign one.
ALTER TABLE messages ADD COLUMN platform_author_id uuid REFERENCES platform_users (id);

CREATE FUNCTION app.messages_platform_author() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.platform_author_id := app.current_impersonator_id();
  ELSE
    NEW.platform_author_id := OLD.platform_author_id;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER messages_platform_author BEFORE INSERT OR UPDATE ON messages
  FOR EACH ROW EXECUTE FUNCTION app.messages_platform_author();

-- The names the inbox shows for those messages ("Aizalo staff · Njambi Kariuki"). A business's
-- people may not read platform_users (0006), so SECURITY DEFINER reads the names, and only of
-- staff who wrote a message in the caller's own business. Names only.
CREATE FUNCTION app.message_platform_authors(p_author_ids uuid[])
  RETURNS TABLE (id uuid, full_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$
    SELECT p.id, p.full_name
    FROM public.platform_users p
    WHERE p.id = ANY (p_author_ids)
      AND EXISTS (
        SELECT 1 FROM public.messages m
        WHERE m.platform_author_id = p.id
          AND (m.tenant_id = app.member_tenant_id() OR app.is_platform_staff('owner', 'admin')))
  $$;
REVOKE EXECUTE ON FUNCTION app.message_platform_authors(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.message_platform_authors(uuid[]) TO aizalo_app;
