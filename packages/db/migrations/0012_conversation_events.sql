-- Up Migration
-- Real-time inbox: every write that changes what an inbox shows raises a NOTIFY on channel
-- `conversation_events` from the writing transaction itself, so it is delivered on COMMIT and
-- never for a rolled-back write, whoever wrote (the API, the channel layer, a job). Each app
-- process LISTENs once and fans events out to its own tenant's subscribers (DESIGN.md,
-- isolation point 6). The payload names the tenant, the conversation and the kind of change,
-- never message content: subscribers refetch details through normal, RLS-scoped procedures.
-- PostgreSQL folds identical notifications of one transaction into one.

CREATE FUNCTION app.notify_conversation_event() RETURNS trigger
  LANGUAGE plpgsql SET search_path = ''
  AS $$
  BEGIN
    IF TG_TABLE_NAME = 'messages' THEN
      PERFORM pg_notify('conversation_events',
        json_build_object('t', NEW.tenant_id, 'c', NEW.conversation_id, 'k', 'message')::text);
    ELSE
      PERFORM pg_notify('conversation_events',
        json_build_object('t', NEW.tenant_id, 'c', NEW.id, 'k', 'conversation')::text);
    END IF;
    RETURN NULL;
  END
  $$;

-- A new message, or a delivery status the channel layer reports back.
CREATE TRIGGER messages_notify AFTER INSERT OR UPDATE OF status ON messages
  FOR EACH ROW EXECUTE FUNCTION app.notify_conversation_event();

CREATE TRIGGER conversations_notify_insert AFTER INSERT ON conversations
  FOR EACH ROW EXECUTE FUNCTION app.notify_conversation_event();
-- Only what an inbox shows: status, assignee, unread count, last activity, removal.
CREATE TRIGGER conversations_notify_update AFTER UPDATE ON conversations
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status
    OR OLD.assigned_to IS DISTINCT FROM NEW.assigned_to
    OR OLD.unread_count IS DISTINCT FROM NEW.unread_count
    OR OLD.last_message_at IS DISTINCT FROM NEW.last_message_at
    OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
  EXECUTE FUNCTION app.notify_conversation_event();

-- The inbox across statuses, newest activity first (the status index serves one status).
CREATE INDEX conversations_activity_idx
  ON conversations (tenant_id, last_message_at DESC NULLS LAST, id)
  WHERE deleted_at IS NULL;
