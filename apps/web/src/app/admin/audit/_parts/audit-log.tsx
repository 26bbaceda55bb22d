"use client";

import { useQuery } from "@tanstack/react-query";
import {
  Button,
  DataTable,
  EmptyState,
  Input,
  Label,
  Select,
  type DataTableColumn,
} from "@aizalo/ui";
import type { ReactNode } from "react";
import { useTRPC } from "../../../../trpc/client";
import { useUrlState } from "../../_lists/use-url-state";

const PAGE_SIZE = 25;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  entity: string;
  entityId: string | null;
  changedFields: string[];
  actor: { id: string | null; type: string; role: string | null; name: string | null };
  impersonator: { id: string; name: string | null } | null;
  tenant: { id: string; name: string | null } | null;
  purpose: string | null;
}

const when = new Intl.DateTimeFormat("en-KE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Africa/Nairobi",
});

function Id({ value }: { value: string }) {
  return <span className="block font-mono text-[11px] text-muted-foreground">{value}</span>;
}

function Who({ row }: { row: AuditRow }): ReactNode {
  if (row.impersonator) {
    // "Login as tenant": the owner did it, inside the business, with the role they were given.
    return (
      <span className="whitespace-normal">
        <strong>{row.impersonator.name ?? "Platform owner"}</strong> (platform owner) logged in as{" "}
        {row.tenant?.name ?? "a business"}, role {row.actor.role}
        <Id value={`owner ${row.impersonator.id}`} />
        {row.tenant ? <Id value={`business ${row.tenant.id}`} /> : null}
      </span>
    );
  }
  if (row.actor.type === "system") return <span>System ({row.purpose ?? "service"})</span>;
  return (
    <span className="whitespace-normal">
      {row.actor.name ?? "Unknown"} ({row.actor.type} {row.actor.role})
      {row.actor.id ? <Id value={row.actor.id} /> : null}
    </span>
  );
}

const COLUMNS: DataTableColumn<AuditRow>[] = [
  { id: "createdAt", header: "When (Nairobi)", cell: (row) => when.format(row.createdAt) },
  { id: "actor", header: "Who", cell: (row) => <Who row={row} /> },
  { id: "tenant", header: "Business", cell: (row) => row.tenant?.name ?? "—" },
  { id: "action", header: "Action", cell: (row) => <code className="text-xs">{row.action}</code> },
  {
    id: "entity",
    header: "Record",
    cell: (row) => (
      <span>
        {row.entity}
        {row.entityId ? <Id value={row.entityId} /> : null}
      </span>
    ),
  },
  {
    id: "fields",
    header: "Fields changed",
    cell: (row) => <span className="whitespace-normal">{row.changedFields.join(", ") || "—"}</span>,
  },
];

/** audit_logs with filters in the address; the server filters and pages. */
export function AuditLog() {
  const trpc = useTRPC();
  const { params, update } = useUrlState();
  const text = (key: string) => params.get(key) || undefined;
  const uuid = (key: string) => (UUID.test(params.get(key) ?? "") ? text(key) : undefined);
  const day = (key: string) => (DAY.test(params.get(key) ?? "") ? text(key) : undefined);
  const filters = {
    actorId: uuid("actor"),
    tenantId: uuid("tenant"),
    action: text("action"),
    entity: text("entity"),
    from: day("from"),
    to: day("to"),
  };
  const page = Math.max(Number(params.get("page") ?? "1") || 1, 1);
  const options = useQuery(trpc.admin.audit.filterOptions.queryOptions());
  const log = useQuery({
    ...trpc.admin.audit.list.queryOptions({ ...filters, page, pageSize: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
  const set = (key: string) => (value: string) => update({ set: { [key]: value || null } });
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="flex flex-col gap-4">
      <form
        aria-label="Filter the audit log"
        className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3"
        onSubmit={(event) => event.preventDefault()}
      >
        <Filter id="audit-actor" label="Who" value={filters.actorId} onChange={set("actor")}>
          {(options.data?.actors ?? []).map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
              {actor.kind === "platform" ? " (staff)" : ""}
            </option>
          ))}
        </Filter>
        <Filter
          id="audit-tenant"
          label="Business"
          value={filters.tenantId}
          onChange={set("tenant")}
        >
          {(options.data?.tenants ?? []).map((tenant) => (
            <option key={tenant.id} value={tenant.id}>
              {tenant.name}
            </option>
          ))}
        </Filter>
        <Filter id="audit-action" label="Action" value={filters.action} onChange={set("action")}>
          {(options.data?.actions ?? []).map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </Filter>
        <Filter
          id="audit-entity"
          label="Record type"
          value={filters.entity}
          onChange={set("entity")}
        >
          {(options.data?.entities ?? []).map((entity) => (
            <option key={entity} value={entity}>
              {entity}
            </option>
          ))}
        </Filter>
        <div className="flex flex-col gap-1">
          <Label htmlFor="audit-from">From</Label>
          <Input
            id="audit-from"
            type="date"
            value={filters.from ?? ""}
            max={filters.to}
            onChange={(event) => set("from")(event.target.value)}
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="audit-to">To</Label>
          <Input
            id="audit-to"
            type="date"
            value={filters.to ?? ""}
            min={filters.from}
            onChange={(event) => set("to")(event.target.value)}
          />
        </div>
        {filtered ? (
          <div>
            <Button
              variant="secondary"
              onClick={() =>
                update({
                  set: {
                    actor: null,
                    tenant: null,
                    action: null,
                    entity: null,
                    from: null,
                    to: null,
                  },
                })
              }
            >
              Clear filters
            </Button>
          </div>
        ) : null}
      </form>
      {log.error ? (
        <p role="alert" className="text-sm text-danger">
          The audit log could not be loaded: {log.error.message}
        </p>
      ) : (
        <DataTable
          label="Audit log"
          columns={COLUMNS}
          rows={log.data?.rows ?? []}
          rowKey={(row) => row.id}
          total={log.data?.total ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          sort={null}
          onSortChange={() => undefined}
          onPageChange={(next) => update({ page: next })}
          loading={log.isPending}
          refreshing={log.isPlaceholderData}
          empty={
            <EmptyState
              title="No recorded changes"
              description={
                filtered
                  ? "Nothing matches these filters."
                  : "Every change made through Aizalo is recorded here."
              }
            />
          }
        />
      )}
    </div>
  );
}

function Filter({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        {children}
      </Select>
    </div>
  );
}
