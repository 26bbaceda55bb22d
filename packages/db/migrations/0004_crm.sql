-- Up Migration
-- A tenant's CRM: customers, conversations and their messages, campaigns, leads, content,
-- reviews and website booking requests.
--
-- Every table has tenant_id NOT NULL. A child points at a tenant parent through a composite
-- key, FOREIGN KEY (tenant_id, x_id) REFERENCES parent (tenant_id, id): RLS does not apply to
-- constraint checks, and a plain key would let tenant A attach rows to tenant B's parent.
-- Nullable composite references use ON DELETE SET NULL (column) so tenant_id is never cleared.

CREATE TYPE channel AS ENUM ('whatsapp', 'facebook', 'instagram', 'tiktok', 'email', 'web', 'sms');
CREATE TYPE language AS ENUM ('en', 'sw', 'sheng');
CREATE TYPE conversation_status AS ENUM ('active', 'waiting', 'resolved', 'abandoned');
-- 'local' is the deterministic assistant used when no provider key is configured.
CREATE TYPE ai_provider AS ENUM ('gemini', 'groq', 'openai', 'local');
CREATE TYPE message_direction AS ENUM ('inbound', 'outbound');
CREATE TYPE message_status AS ENUM ('queued', 'sent', 'delivered', 'read', 'failed');
CREATE TYPE campaign_type AS ENUM (
  'acquisition', 'nurture', 'retention', 'reactivation', 'email', 'sms', 'whatsapp', 'social',
  'multi_channel'
);
CREATE TYPE campaign_status AS ENUM ('draft', 'scheduled', 'active', 'paused', 'completed');
CREATE TYPE lead_stage AS ENUM ('new', 'contacted', 'qualified', 'negotiating', 'won', 'lost');
CREATE TYPE content_type AS ENUM ('gmb_post', 'social_post', 'email', 'sms', 'ad_copy');
CREATE TYPE review_source AS ENUM ('website', 'google', 'facebook', 'manual');
CREATE TYPE booking_status AS ENUM ('new', 'confirmed', 'declined', 'cancelled');

CREATE TABLE campaigns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (btrim(name) <> ''),
  type campaign_type NOT NULL,
  channels channel[] NOT NULL DEFAULT '{}',
  target_audience jsonb NOT NULL DEFAULT '{}',
  content jsonb NOT NULL DEFAULT '{}',
  ai_generated boolean NOT NULL DEFAULT false,
  status campaign_status NOT NULL DEFAULT 'draft',
  -- In the tenant's currency.
  budget numeric(12,2) CHECK (budget >= 0),
  schedule jsonb NOT NULL DEFAULT '{}',
  metrics jsonb NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  starts_at timestamptz,
  ends_at timestamptz,
  deleted_at timestamptz,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES tenant_users (tenant_id, id)
    ON DELETE SET NULL (created_by),
  CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX campaigns_status_idx ON campaigns (tenant_id, status) WHERE deleted_at IS NULL;
CREATE INDEX campaigns_created_at_idx ON campaigns (tenant_id, created_at DESC)
  WHERE deleted_at IS NULL;
-- The scheduler's scan for campaigns due to start, across tenants.
CREATE INDEX campaigns_due_idx ON campaigns (starts_at)
  WHERE status = 'scheduled' AND deleted_at IS NULL;
CREATE TRIGGER campaigns_touch BEFORE UPDATE ON campaigns
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TABLE customers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  phone_verified boolean NOT NULL DEFAULT false,
  email citext,
  email_verified boolean NOT NULL DEFAULT false,
  first_name text,
  last_name text,
  language_preference language NOT NULL DEFAULT 'en',
  location text,
  tags text[] NOT NULL DEFAULT '{}',
  -- In the tenant's currency.
  lifetime_value numeric(12,2) NOT NULL DEFAULT 0 CHECK (lifetime_value >= 0),
  -- Free text on purpose: walk-in, referral, a channel name, an event.
  acquisition_channel text,
  acquisition_campaign_id uuid,
  metadata jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_active_at timestamptz,
  deleted_at timestamptz,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, acquisition_campaign_id) REFERENCES campaigns (tenant_id, id)
    ON DELETE SET NULL (acquisition_campaign_id)
);
CREATE UNIQUE INDEX customers_phone_key ON customers (tenant_id, phone) WHERE deleted_at IS NULL;
CREATE INDEX customers_email_idx ON customers (tenant_id, email) WHERE deleted_at IS NULL;
CREATE INDEX customers_created_at_idx ON customers (tenant_id, created_at DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX customers_last_active_idx ON customers (tenant_id, last_active_at DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX customers_campaign_idx ON customers (tenant_id, acquisition_campaign_id)
  WHERE acquisition_campaign_id IS NOT NULL;
CREATE TRIGGER customers_touch BEFORE UPDATE ON customers
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- Messages live only in `messages`; a conversation keeps what its list view needs.
CREATE TABLE conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  customer_id uuid NOT NULL,
  channel channel NOT NULL,
  status conversation_status NOT NULL DEFAULT 'active',
  ai_model_used ai_provider,
  response_times jsonb NOT NULL DEFAULT '[]',
  -- -1 (negative) .. 1 (positive).
  sentiment_score numeric(3,2) CHECK (sentiment_score BETWEEN -1 AND 1),
  converted boolean NOT NULL DEFAULT false,
  conversion_value numeric(12,2) CHECK (conversion_value >= 0),
  assigned_to uuid,
  metadata jsonb NOT NULL DEFAULT '{}',
  last_message_at timestamptz,
  -- Inbound messages not yet read by the tenant's team.
  unread_count integer NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
  -- WhatsApp allows free-form replies until 24 h after the customer's last message.
  whatsapp_window_expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  deleted_at timestamptz,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, assigned_to) REFERENCES tenant_users (tenant_id, id)
    ON DELETE SET NULL (assigned_to)
);
CREATE INDEX conversations_inbox_idx ON conversations (tenant_id, status, last_message_at DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX conversations_customer_idx ON conversations (tenant_id, customer_id);
CREATE INDEX conversations_assigned_idx ON conversations (tenant_id, assigned_to)
  WHERE assigned_to IS NOT NULL;
CREATE INDEX conversations_created_at_idx ON conversations (tenant_id, created_at DESC);
CREATE TRIGGER conversations_touch BEFORE UPDATE ON conversations
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- The only store of messages. Inbound messages and internal notes have no delivery status.
CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id(),
  conversation_id uuid NOT NULL,
  direction message_direction NOT NULL,
  channel channel NOT NULL,
  content text NOT NULL,
  media_urls jsonb NOT NULL DEFAULT '[]',
  status message_status,
  -- A note for the team, never sent to the customer (direction is outbound).
  is_internal_note boolean NOT NULL DEFAULT false,
  -- The tenant user who wrote an outbound message or note; NULL for inbound and AI replies.
  author_id uuid,
  -- The provider's message id: delivery receipts find the row by it, duplicates are refused.
  external_id text,
  failure_reason text,
  ai_confidence numeric(3,2) CHECK (ai_confidence BETWEEN 0 AND 1),
  processing_time_ms integer CHECK (processing_time_ms >= 0),
  tokens_used integer CHECK (tokens_used >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations (tenant_id, id)
    ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, author_id) REFERENCES tenant_users (tenant_id, id)
    ON DELETE SET NULL (author_id),
  UNIQUE (tenant_id, channel, external_id),
  CHECK (NOT (is_internal_note AND direction = 'inbound')),
  CHECK ((status IS NULL) = (direction = 'inbound' OR is_internal_note)),
  CHECK (NOT is_internal_note OR author_id IS NOT NULL)
);
CREATE INDEX messages_conversation_idx ON messages (tenant_id, conversation_id, created_at);
-- The outbox: messages waiting to be sent.
CREATE INDEX messages_queued_idx ON messages (created_at) WHERE status = 'queued';
CREATE TRIGGER messages_touch BEFORE UPDATE ON messages
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- A sales opportunity of the tenant's business. A website form may create one before a
-- customer exists, hence the contact fields.
CREATE TABLE leads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  customer_id uuid,
  contact_name text,
  phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  email citext,
  source_campaign_id uuid,
  score integer NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 100),
  stage lead_stage NOT NULL DEFAULT 'new',
  value numeric(12,2) CHECK (value >= 0),
  probability numeric(3,2) CHECK (probability BETWEEN 0 AND 1),
  assigned_to uuid,
  follow_up_at timestamptz,
  notes text,
  lost_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  converted_at timestamptz,
  deleted_at timestamptz,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id)
    ON DELETE SET NULL (customer_id),
  FOREIGN KEY (tenant_id, source_campaign_id) REFERENCES campaigns (tenant_id, id)
    ON DELETE SET NULL (source_campaign_id),
  FOREIGN KEY (tenant_id, assigned_to) REFERENCES tenant_users (tenant_id, id)
    ON DELETE SET NULL (assigned_to)
);
CREATE INDEX leads_stage_idx ON leads (tenant_id, stage) WHERE deleted_at IS NULL;
CREATE INDEX leads_created_at_idx ON leads (tenant_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX leads_customer_idx ON leads (tenant_id, customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX leads_campaign_idx ON leads (tenant_id, source_campaign_id)
  WHERE source_campaign_id IS NOT NULL;
CREATE INDEX leads_assigned_idx ON leads (tenant_id, assigned_to, follow_up_at)
  WHERE deleted_at IS NULL;
CREATE TRIGGER leads_touch BEFORE UPDATE ON leads
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TABLE content_library (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  type content_type NOT NULL,
  -- Where it is meant to appear (google, facebook, instagram, ...).
  platform text,
  content text NOT NULL,
  media_urls jsonb NOT NULL DEFAULT '[]',
  performance_score numeric(3,2) CHECK (performance_score >= 0),
  ai_model ai_provider,
  approved boolean NOT NULL DEFAULT false,
  used_count integer NOT NULL DEFAULT 0 CHECK (used_count >= 0),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  scheduled_for timestamptz,
  published_at timestamptz,
  deleted_at timestamptz,
  FOREIGN KEY (tenant_id, created_by) REFERENCES tenant_users (tenant_id, id)
    ON DELETE SET NULL (created_by)
);
CREATE INDEX content_library_type_idx ON content_library (tenant_id, type, created_at DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX content_library_scheduled_idx ON content_library (tenant_id, scheduled_for)
  WHERE scheduled_for IS NOT NULL AND published_at IS NULL AND deleted_at IS NULL;
CREATE TRIGGER content_library_touch BEFORE UPDATE ON content_library
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- Testimonials shown on the tenant's website once published.
CREATE TABLE reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  customer_id uuid,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  author_name text NOT NULL CHECK (btrim(author_name) <> ''),
  body text,
  source review_source NOT NULL DEFAULT 'website',
  is_published boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id)
    ON DELETE SET NULL (customer_id)
);
CREATE INDEX reviews_published_idx ON reviews (tenant_id, is_published, created_at DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX reviews_customer_idx ON reviews (tenant_id, customer_id)
  WHERE customer_id IS NOT NULL;
CREATE TRIGGER reviews_touch BEFORE UPDATE ON reviews
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

-- Booking requests sent from the tenant's public website, before any customer record exists.
CREATE TABLE booking_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (btrim(name) <> ''),
  phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  email citext,
  service text,
  requested_for timestamptz NOT NULL,
  party_size integer CHECK (party_size >= 1),
  notes text,
  status booking_status NOT NULL DEFAULT 'new',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX booking_requests_status_idx ON booking_requests (tenant_id, status, requested_for);
CREATE INDEX booking_requests_created_at_idx ON booking_requests (tenant_id, created_at DESC);
CREATE TRIGGER booking_requests_touch BEFORE UPDATE ON booking_requests
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
