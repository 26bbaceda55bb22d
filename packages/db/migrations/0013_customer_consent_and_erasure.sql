-- Up Migration
-- Customers' marketing consent per channel, and erasure of a customer's personal data.
--
-- Consent is a history, not a flag: each grant or withdrawal (an opt-out by the customer
-- included) is a row with its source and time, and the latest row per (customer, channel) is
-- what holds now. Campaigns select their audience through that latest row only.

CREATE TABLE customer_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  customer_id uuid NOT NULL,
  -- Marketing reaches customers on these three; the others are conversations they start.
  channel channel NOT NULL CHECK (channel IN ('whatsapp', 'sms', 'email')),
  granted boolean NOT NULL,
  -- How the business learned it: in_person, website_form, csv_import, customer_request, ...
  source text NOT NULL CHECK (btrim(source) <> ''),
  -- True when the customer themself said so (an opt-out by reply or request), not the team.
  by_customer boolean NOT NULL DEFAULT false,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- The team member who recorded it; NULL for the customer's own reply or a system import.
  recorded_by uuid,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES tenant_users (tenant_id, id)
    ON DELETE SET NULL (recorded_by)
);
-- The latest row per customer and channel, and a campaign's scan of one channel.
CREATE INDEX customer_consents_latest_idx
  ON customer_consents (tenant_id, customer_id, channel, recorded_at DESC);
CREATE INDEX customer_consents_channel_idx
  ON customer_consents (tenant_id, channel, customer_id, recorded_at DESC);

GRANT SELECT, INSERT, UPDATE, DELETE ON customer_consents TO aizalo_app;
ALTER TABLE customer_consents ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer_consents FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_admin_or_system_all ON customer_consents FOR ALL
  USING ((SELECT app.is_platform_staff('owner', 'admin') OR app.is_system()))
  WITH CHECK ((SELECT app.is_platform_staff('owner', 'admin') OR app.is_system()));
CREATE POLICY tenant_select ON customer_consents FOR SELECT
  USING (tenant_id = (SELECT app.member_tenant_id()));
CREATE POLICY tenant_insert ON customer_consents FOR INSERT
  WITH CHECK (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can('customers.write')));
CREATE POLICY tenant_update ON customer_consents FOR UPDATE
  USING (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can('customers.write')))
  WITH CHECK (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can('customers.write')));
CREATE POLICY tenant_delete ON customer_consents FOR DELETE
  USING (tenant_id = (SELECT app.member_tenant_id()) AND (SELECT app.tenant_can('customers.write')));

-- Erasure (a data-protection request): personal fields are blanked, the row stays (soft-deleted)
-- so conversations, leads and totals keep adding up. erased_at marks it.
ALTER TABLE customers ADD COLUMN erased_at timestamptz;

-- Erasing, and deleting a customer outright, are for the business's owner and admins: staff
-- edit customers (customers.write) but cannot make one disappear, whatever the API does.
CREATE FUNCTION app.guard_customer_erasure() RETURNS trigger
  LANGUAGE plpgsql SET search_path = ''
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.erased_at IS NOT NULL AND NEW.erased_at IS NULL THEN
      RAISE EXCEPTION 'an erased customer stays erased' USING ERRCODE = '42501';
    END IF;
    IF NEW.erased_at IS NOT NULL
      AND (TG_OP = 'INSERT' OR OLD.erased_at IS NULL)
      AND app.current_user_type() = 'tenant'
      AND COALESCE(app.tenant_role(), '') NOT IN ('owner', 'admin') THEN
      RAISE EXCEPTION 'only the owner or an admin can erase a customer' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER customers_guard_erasure BEFORE INSERT OR UPDATE OF erased_at ON customers
  FOR EACH ROW EXECUTE FUNCTION app.guard_customer_erasure();

DROP POLICY tenant_delete ON customers;
CREATE POLICY tenant_delete ON customers FOR DELETE
  USING (tenant_id = (SELECT app.member_tenant_id())
    AND (SELECT app.tenant_role()) IN ('owner', 'admin'));

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO aizalo_app;
