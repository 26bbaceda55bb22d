-- Up Migration
-- The website builder. Templates and their sections are global (no tenant); a tenant has at
-- most one website, with customizations and pages keyed by tenant through composite keys.

CREATE TYPE website_section_type AS ENUM (
  'hero', 'features', 'testimonials', 'pricing', 'contact', 'about', 'services', 'gallery'
);
CREATE TYPE website_customization_type AS ENUM ('color', 'font', 'logo', 'content', 'layout', 'seo');

CREATE TABLE website_templates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  industry industry NOT NULL,
  description text,
  preview_url text,
  thumbnail_url text,
  is_active boolean NOT NULL DEFAULT true,
  usage_count integer NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX website_templates_industry_idx ON website_templates (industry) WHERE is_active;
CREATE TRIGGER website_templates_touch BEFORE UPDATE ON website_templates
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TABLE website_sections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  template_id uuid NOT NULL REFERENCES website_templates (id) ON DELETE CASCADE,
  section_type website_section_type NOT NULL,
  section_name text NOT NULL,
  default_content text,
  is_required boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX website_sections_template_idx ON website_sections (template_id, sort_order);

-- No subdomain here: tenants.subdomain is the only one.
CREATE TABLE tenant_websites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
  -- Kept when a template is retired.
  template_id uuid REFERENCES website_templates (id) ON DELETE SET NULL,
  -- A host name such as www.example.co.ke; citext makes uniqueness case-insensitive.
  custom_domain citext UNIQUE CHECK (
    custom_domain ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'
  ),
  is_published boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id)
);
CREATE INDEX tenant_websites_template_idx ON tenant_websites (template_id);
CREATE TRIGGER tenant_websites_touch BEFORE UPDATE ON tenant_websites
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TABLE website_customizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id(),
  website_id uuid NOT NULL,
  customization_type website_customization_type NOT NULL,
  key text NOT NULL,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, website_id) REFERENCES tenant_websites (tenant_id, id) ON DELETE CASCADE,
  UNIQUE (tenant_id, website_id, customization_type, key)
);
CREATE TRIGGER website_customizations_touch BEFORE UPDATE ON website_customizations
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TABLE website_pages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Filled from the unit of work's tenant when a tenant user writes (app.current_tenant_id()).
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id(),
  website_id uuid NOT NULL,
  -- The path segment of the page ('home' for the front page).
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$'),
  title text NOT NULL,
  meta_description text,
  content text NOT NULL,
  -- Order in the site's navigation.
  sort_order integer NOT NULL DEFAULT 0,
  is_published boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, website_id) REFERENCES tenant_websites (tenant_id, id) ON DELETE CASCADE,
  UNIQUE (tenant_id, website_id, slug)
);
CREATE TRIGGER website_pages_touch BEFORE UPDATE ON website_pages
  FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
