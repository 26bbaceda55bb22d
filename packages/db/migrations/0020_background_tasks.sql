-- Background tasks with progress: work a person starts in the workspace that takes longer than
-- a request (exporting all of a business's data, applying a large customer import). One table
-- for every kind, so the worker, the progress display and the expiry share one pattern. The
-- row holds no personal data; the files a task reads or makes sit in background_task_files.

CREATE TYPE background_task_kind AS ENUM ('tenant_export', 'customer_import');
CREATE TYPE background_task_status AS ENUM ('queued', 'running', 'done', 'failed');

CREATE TABLE background_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  kind background_task_kind NOT NULL,
  status background_task_status NOT NULL DEFAULT 'queued',
  progress_percent smallint NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
  rows_done integer NOT NULL DEFAULT 0 CHECK (rows_done >= 0),
  rows_total integer CHECK (rows_total >= 0),
  -- What the person sees at the end: file size, customers added, the problems found.
  result jsonb NOT NULL DEFAULT '{}',
  -- A sentence for the person when it failed (never a stack trace).
  error text,
  -- The tenant user (or the impersonating platform owner) who asked; no foreign key, so the
  -- history outlives a removed teammate.
  requested_by uuid NOT NULL DEFAULT app.current_user_id(),
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  -- The expiry job deletes the row and its files after this (seven days by default).
  expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days',
  UNIQUE (tenant_id, id)
);
CREATE INDEX background_tasks_tenant_kind_idx ON background_tasks (tenant_id, kind, created_at DESC);
CREATE INDEX background_tasks_expires_idx ON background_tasks (expires_at);
CREATE INDEX background_tasks_queued_idx ON background_tasks (created_at) WHERE status = 'queued';

-- Stored in PostgreSQL rather than on a disk: every app instance and the worker reach it, RLS
-- guards it like any tenant row, and deleting the task deletes it. An export is compressed CSV
-- and JSON (a few MB for a large business), well within what bytea holds.
CREATE TABLE background_task_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT app.current_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  task_id uuid NOT NULL,
  -- 'input': what the task reads (an import's CSV); 'archive': what it made (an export's zip).
  purpose text NOT NULL CHECK (purpose IN ('input', 'archive')),
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, task_id, purpose),
  FOREIGN KEY (tenant_id, task_id) REFERENCES background_tasks (tenant_id, id) ON DELETE CASCADE
);

-- The business's owner themself (not an admin, not a platform owner "logged in as tenant",
-- whose session never carries the owner role): the one who may take all the data out.
CREATE FUNCTION app.is_tenant_owner() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT COALESCE(app.tenant_role() = 'owner' AND app.current_impersonator_id() IS NULL, false)
  $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON background_tasks, background_task_files TO aizalo_app;
ALTER TABLE background_tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE background_tasks FORCE ROW LEVEL SECURITY;
ALTER TABLE background_task_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE background_task_files FORCE ROW LEVEL SECURITY;

-- The worker (system jobs) runs and expires tasks; the platform's owner and admins may look.
CREATE POLICY system_all ON background_tasks FOR ALL
  USING ((SELECT app.is_system())) WITH CHECK ((SELECT app.is_system()));
CREATE POLICY platform_admin_select ON background_tasks FOR SELECT
  USING ((SELECT app.is_platform_staff('owner', 'admin')));
-- A tenant's users see their business's imports; exports only the owner sees.
CREATE POLICY tenant_select ON background_tasks FOR SELECT
  USING (tenant_id = (SELECT app.member_tenant_id())
    AND (kind <> 'tenant_export' OR (SELECT app.is_tenant_owner())));
-- They only ask (a queued row in their own name); progress and results are the worker's.
CREATE POLICY tenant_insert ON background_tasks FOR INSERT
  WITH CHECK (tenant_id = (SELECT app.member_tenant_id())
    AND requested_by = (SELECT app.current_user_id())
    AND status = 'queued' AND progress_percent = 0 AND rows_done = 0
    AND started_at IS NULL AND finished_at IS NULL AND error IS NULL
    AND CASE kind
      WHEN 'tenant_export' THEN (SELECT app.is_tenant_owner())
      WHEN 'customer_import' THEN (SELECT app.tenant_can('customers.write'))
      ELSE false
    END);

CREATE POLICY system_all ON background_task_files FOR ALL
  USING ((SELECT app.is_system())) WITH CHECK ((SELECT app.is_system()));
-- The platform's owner and admins see every row (DESIGN.md); they cannot ask for an export.
CREATE POLICY platform_admin_select ON background_task_files FOR SELECT
  USING ((SELECT app.is_platform_staff('owner', 'admin')));
-- The owner downloads the export's archive; nobody in the tenant reads an import's input back.
CREATE POLICY tenant_select ON background_task_files FOR SELECT
  USING (tenant_id = (SELECT app.member_tenant_id()) AND purpose = 'archive'
    AND (SELECT app.is_tenant_owner()));
-- Whoever may import customers hands over the file with the import's task.
CREATE POLICY tenant_insert ON background_task_files FOR INSERT
  WITH CHECK (tenant_id = (SELECT app.member_tenant_id()) AND purpose = 'input'
    AND (SELECT app.tenant_can('customers.write')));
