-- Up Migration
-- The outbox: messages to people (reset links, invitations, later campaign texts) are written
-- in the same unit of work as the change that causes them, and a job delivers them afterwards.
-- So no unit of work waits on a mail or SMS provider (DESIGN.md, isolation point 5), and a
-- rolled-back change sends nothing.

CREATE TYPE outbox_channel AS ENUM ('email', 'sms', 'whatsapp');
CREATE TYPE outbox_status AS ENUM ('pending', 'sent', 'failed');

CREATE TABLE outbox_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL for the platform's own mail (staff password resets); a tenant's otherwise.
  tenant_id uuid DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  channel outbox_channel NOT NULL,
  -- An email address or an E.164 phone number, as the channel needs.
  recipient text NOT NULL CHECK (btrim(recipient) <> ''),
  -- Which message this is ('password_reset', 'invitation', ...): picks the template.
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.]*$'),
  payload jsonb NOT NULL DEFAULT '{}',
  status outbox_status NOT NULL DEFAULT 'pending',
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error text,
  -- A failed attempt moves this forward (backoff), so a broken provider is not hammered.
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
-- What the delivery job asks for: pending messages that are due, oldest first.
CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at)
  WHERE status = 'pending';
CREATE INDEX outbox_messages_tenant_idx ON outbox_messages (tenant_id, created_at DESC)
  WHERE tenant_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON outbox_messages TO aizalo_app;
ALTER TABLE outbox_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox_messages FORCE ROW LEVEL SECURITY;

-- The delivery job and the reset/invite flows run as system services; platform owner/admin
-- see and repair everything.
CREATE POLICY platform_admin_or_system_all ON outbox_messages FOR ALL
  USING ((SELECT app.is_platform_staff('owner', 'admin') OR app.is_system()))
  WITH CHECK ((SELECT app.is_platform_staff('owner', 'admin') OR app.is_system()));

-- A tenant's owner/admin see what was sent on their business's behalf, except messages that
-- carry a live single-use link: reading a colleague's reset link or an owner's invitation
-- would let an admin take over that account.
CREATE POLICY tenant_admin_select ON outbox_messages FOR SELECT
  USING (tenant_id = (SELECT app.member_tenant_id())
    AND (SELECT app.tenant_role()) IN ('owner', 'admin')
    AND kind NOT IN ('password_reset', 'invitation'));

-- A tenant's users who may write at all (not viewers, nor a read-only "login as tenant") may
-- queue a fresh message for their own tenant (a campaign text, a notification); sending it and
-- recording the outcome stay with the delivery job.
CREATE POLICY tenant_insert ON outbox_messages FOR INSERT
  WITH CHECK (tenant_id = (SELECT app.member_tenant_id())
    AND (SELECT app.tenant_role()) IN ('owner', 'admin', 'staff')
    AND status = 'pending' AND attempts = 0 AND sent_at IS NULL AND last_error IS NULL);
